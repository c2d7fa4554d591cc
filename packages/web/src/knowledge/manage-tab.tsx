import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../shell/format.ts';
import { inLanguage, useArticles, useCreateArticle } from './api.ts';

const STATES = ['draft', 'review', 'published', 'archived'] as const;

/** 文章维护: every article of the maintainer's branches, by state, and a new draft. */
export const ManageTab = ({ onOpen }: { onOpen: (id: string) => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [state, setState] = useState<string | undefined>();
  const [title, setTitle] = useState<string | undefined>();
  const list = useArticles({ state, title });
  const create = useCreateArticle();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('knowledge.allStates')}
          aria-label={t('knowledge.allStates')}
          value={state}
          onChange={setState}
          options={STATES.map((s) => ({ value: s, label: t(`knowledge.states.${s}`) }))}
        />
        <Input.Search
          allowClear
          placeholder={t('knowledge.articleTitle')}
          onSearch={(v) => setTitle(v || undefined)}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          loading={create.isPending}
          data-testid="knowledge-new"
          onClick={() =>
            create.mutate(
              {
                category: 'faq',
                title: t('knowledge.newArticle'),
                bodyMd: '',
                questions: [],
                keywords: [],
                roles: [],
                product: null,
              },
              { onSuccess: (a) => onOpen(a.id), onError: (e) => void message.error(e.message) },
            )
          }
        >
          {t('knowledge.newArticle')}
        </Button>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('knowledge.articleTitle'), dataIndex: 'title' },
          { title: t('knowledge.category'), render: (_, r) => inLanguage(r.categoryLabel) },
          { title: t('knowledge.state'), render: (_, r) => <Tag>{inLanguage(r.stateLabel)}</Tag> },
          { title: t('knowledge.branch'), dataIndex: 'branchName' },
          {
            title: t('knowledge.reviewAt'),
            render: (_, r) =>
              r.reviewDue ? <Tag color="orange">{t('knowledge.reviewDue')}</Tag> : formatTime(r.reviewAt),
          },
          { title: t('knowledge.updatedAt'), render: (_, r) => formatTime(r.updatedAt) },
        ]}
      />
    </Space>
  );
};
