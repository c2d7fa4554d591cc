import { ReadOutlined } from '@ant-design/icons';
import { MAX_LINKED_ARTICLES } from '@claimline/domain/knowledge';
import { Button, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticles, useLinkedArticles } from './api.ts';
import { ArticleDrawer } from './article-drawer.tsx';

/**
 * The knowledge articles linked from one item of a script or checklist (issue #20): each opens in one click in the
 * article drawer. An article the reader may not open (a draft, archived, another branch's or role's) is shown as
 * unavailable, without its title; the server never sends the title.
 */
export const LinkedArticles = ({
  ids,
  caseId,
  testId = 'linked-articles',
}: {
  ids: readonly string[] | undefined;
  caseId?: string | undefined;
  testId?: string;
}) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const q = useLinkedArticles(ids ?? []);
  if (!ids || ids.length === 0) return null;
  const byId = new Map((q.data?.items ?? []).map((a) => [a.id, a]));
  return (
    <Space size={4} wrap data-testid={testId}>
      <Typography.Text type="secondary">{t('knowledge.linked.title')}</Typography.Text>
      {ids.map((id) => {
        const a = byId.get(id);
        if (!a) return null;
        return a.available ? (
          <Button
            key={id}
            size="small"
            type="link"
            icon={<ReadOutlined />}
            onClick={() => setOpen(id)}
            data-testid="linked-article"
          >
            {a.title}
          </Button>
        ) : (
          <Tooltip key={id} title={t('knowledge.linked.unavailableHint')}>
            <Tag data-testid="linked-article-unavailable">{t('knowledge.linked.unavailable')}</Tag>
          </Tooltip>
        );
      })}
      <ArticleDrawer id={open} caseId={caseId} onClose={() => setOpen(null)} />
    </Space>
  );
};

/**
 * The editor's choice of articles for an item: found by title among the articles the editor reads (the server
 * checks again on save that each exists, is not archived and is readable by the editor).
 */
export const ArticlePicker = ({
  value,
  onChange,
  label,
}: {
  value: readonly string[] | undefined;
  onChange: (ids: string[]) => void;
  label: string;
}) => {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const found = useArticles({ title: title.trim() || undefined });
  const chosen = useLinkedArticles(value ?? []);
  const names = new Map<string, string>();
  for (const a of chosen.data?.items ?? []) names.set(a.id, a.title ?? t('knowledge.linked.unavailable'));
  for (const a of found.data?.items ?? []) if (a.state !== 'archived') names.set(a.id, a.title);
  return (
    <Select
      mode="multiple"
      size="small"
      style={{ width: '100%', minWidth: 240 }}
      value={[...(value ?? [])]}
      onChange={(ids: string[]) => onChange(ids)}
      showSearch
      filterOption={false}
      onSearch={setTitle}
      maxCount={MAX_LINKED_ARTICLES}
      placeholder={t('knowledge.linked.pickPlaceholder')}
      aria-label={label}
      data-testid="article-picker"
      options={[...names].map(([id, name]) => ({ value: id, label: name }))}
    />
  );
};
