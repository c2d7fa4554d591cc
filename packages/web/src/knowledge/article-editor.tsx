import { UploadOutlined } from '@ant-design/icons';
import {
  KNOWLEDGE_CATEGORIES,
  KNOWLEDGE_CATEGORY_CODES,
  type KnowledgeCategory,
} from '@claimline/domain/knowledge';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  List,
  Select,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../api/types.ts';
import { formatTime } from '../shell/format.ts';
import { type Article, inLanguage, useArticle, useArticleMove, useSaveArticle } from './api.ts';
import { MarkdownView } from './markdown-view.tsx';

type Values = {
  title: string;
  category: KnowledgeCategory;
  product: string | null;
  bodyMd: string;
  questions: string[];
  keywords: string[];
  roles: string[];
  source?: string;
  reviewAt: Dayjs;
  changeNote?: string;
};

const Moves = ({ a }: { a: Article }) => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const move = useArticleMove(a.id);
  return (
    <Space wrap>
      {a.moves.map((m) => (
        <Button
          key={m.event}
          disabled={!m.allowed}
          title={m.reason ? inLanguage(m.reason) : undefined}
          loading={move.isPending && move.variables?.event === m.event}
          data-testid={`knowledge-move-${m.event}`}
          onClick={() => {
            if (!m.inputs.includes('noted'))
              return move.mutate({ event: m.event as never, version: a.version });
            let note = '';
            modal.confirm({
              title: inLanguage(m.label),
              content: (
                <Input.TextArea placeholder={t('knowledge.note')} onChange={(e) => (note = e.target.value)} />
              ),
              onOk: () => move.mutateAsync({ event: m.event as never, version: a.version, note }),
            });
          }}
        >
          {inLanguage(m.label)}
        </Button>
      ))}
    </Space>
  );
};

/** A maintainer's view of one article: edit a draft (each save a new version), moves, files and the history. */
export const ArticleEditor = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const q = useArticle(id);
  const save = useSaveArticle(id ?? '');
  const [form] = Form.useForm<Values>();
  const [preview, setPreview] = useState('');
  const a = q.data;
  const onSave = (v: Values) =>
    a &&
    save.mutate(
      { ...v, reviewAt: v.reviewAt.toISOString(), roles: v.roles as never, version: a.version },
      { onSuccess: () => void message.success(t('knowledge.saved')) },
    );
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={760}
      title={a?.title}
      destroyOnHidden
      data-testid="knowledge-editor"
    >
      {!a ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Tag>{inLanguage(a.stateLabel)}</Tag>
            <Tag>{t('knowledge.version', { n: a.versionNo })}</Tag>
            {a.reviewDue && <Tag color="orange">{t('knowledge.reviewDue')}</Tag>}
          </Space>
          <Moves a={a} />
          <Tabs
            items={[
              {
                key: 'edit',
                label: a.canEdit ? t('knowledge.edit') : t('knowledge.preview'),
                children: a.canEdit ? (
                  <Form
                    form={form}
                    layout="vertical"
                    key={a.version}
                    initialValues={{
                      ...a,
                      category: a.category as KnowledgeCategory,
                      reviewAt: dayjs(a.reviewAt),
                    }}
                    onFinish={onSave}
                    onValuesChange={(_, all) => setPreview(all.bodyMd ?? '')}
                  >
                    <Form.Item name="title" label={t('knowledge.articleTitle')} rules={[{ required: true }]}>
                      <Input maxLength={120} />
                    </Form.Item>
                    <Space wrap>
                      <Form.Item name="category" label={t('knowledge.category')}>
                        <Select
                          style={{ width: 160 }}
                          options={KNOWLEDGE_CATEGORY_CODES.map((c) => ({
                            value: c,
                            label: inLanguage(KNOWLEDGE_CATEGORIES[c]),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item name="reviewAt" label={t('knowledge.reviewAt')}>
                        <DatePicker />
                      </Form.Item>
                      <Form.Item name="roles" label={t('knowledge.roles')}>
                        <Select
                          mode="multiple"
                          style={{ minWidth: 220 }}
                          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                        />
                      </Form.Item>
                    </Space>
                    <Form.Item name="questions" label={t('knowledge.questions')}>
                      <Select mode="tags" open={false} />
                    </Form.Item>
                    <Form.Item name="keywords" label={t('knowledge.keywords')}>
                      <Select mode="tags" open={false} />
                    </Form.Item>
                    <Form.Item name="bodyMd" label={t('knowledge.body')} rules={[{ required: true }]}>
                      <Input.TextArea rows={10} data-testid="knowledge-body-input" />
                    </Form.Item>
                    <MarkdownView text={preview || a.bodyMd} />
                    <Form.Item name="source" label={t('knowledge.source')}>
                      <Input />
                    </Form.Item>
                    <Form.Item name="changeNote" label={t('knowledge.changeNote')}>
                      <Input />
                    </Form.Item>
                    <Button
                      type="primary"
                      htmlType="submit"
                      loading={save.isPending}
                      data-testid="knowledge-save"
                    >
                      {t('knowledge.save')}
                    </Button>
                  </Form>
                ) : (
                  <MarkdownView text={a.bodyMd} />
                ),
              },
              {
                key: 'files',
                label: t('knowledge.attachments'),
                children: (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Upload
                      name="file"
                      action={`/api/knowledge/articles/${a.id}/attachments`}
                      showUploadList={false}
                      onChange={(info) => {
                        if (info.file.status === 'done')
                          void client.invalidateQueries({ queryKey: ['knowledge'] });
                      }}
                    >
                      <Button icon={<UploadOutlined />}>{t('knowledge.upload')}</Button>
                    </Upload>
                    <List
                      size="small"
                      dataSource={a.attachments}
                      renderItem={(f) => (
                        <List.Item>
                          <a href={`/api/knowledge/articles/${a.id}/attachments/${f.id}`}>{f.fileName}</a>
                        </List.Item>
                      )}
                    />
                  </Space>
                ),
              },
              {
                key: 'history',
                label: t('knowledge.history'),
                children: (
                  <List
                    size="small"
                    dataSource={a.versions}
                    renderItem={(v) => (
                      <List.Item>
                        {t('knowledge.version', { n: v.versionNo })} · {v.title} · {v.editor} ·{' '}
                        {formatTime(v.editedAt)}
                        {v.changeNote ? ` · ${v.changeNote}` : ''}
                      </List.Item>
                    )}
                  />
                ),
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
};
