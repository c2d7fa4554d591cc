import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Drawer, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../shell/format.ts';
import { inLanguage, useArticle, useAttachToReply } from './api.ts';
import { MarkdownView } from './markdown-view.tsx';

/** One article for reading (the published version), with its files; on a case, "attach to reply". */
export const ArticleDrawer = ({
  id,
  caseId,
  onClose,
}: {
  id: string | null;
  caseId?: string | undefined;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const q = useArticle(id);
  const attach = useAttachToReply();
  const a = q.data;
  return (
    <Drawer open={id !== null} onClose={onClose} width={640} title={a?.title} data-testid="knowledge-article">
      {!a ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Tag color="blue">{inLanguage(a.categoryLabel)}</Tag>
            <Tag>{t('knowledge.version', { n: a.versionNo })}</Tag>
            {a.reviewDue && <Tag color="orange">{t('knowledge.reviewDue')}</Tag>}
            {caseId && (
              <Button
                type="primary"
                icon={<PaperClipOutlined />}
                loading={attach.isPending}
                data-testid="knowledge-attach"
                onClick={() =>
                  attach.mutate(
                    { articleId: a.id, caseId },
                    { onSuccess: () => void message.success(t('knowledge.attached')) },
                  )
                }
              >
                {t('knowledge.attach')}
              </Button>
            )}
          </Space>
          <MarkdownView text={a.bodyMd} />
          <Descriptions size="small" column={1} bordered>
            {a.source && <Descriptions.Item label={t('knowledge.source')}>{a.source}</Descriptions.Item>}
            <Descriptions.Item label={t('knowledge.branch')}>{a.branchName}</Descriptions.Item>
            <Descriptions.Item label={t('knowledge.reviewAt')}>{formatTime(a.reviewAt)}</Descriptions.Item>
            <Descriptions.Item label={t('knowledge.updatedAt')}>
              {t('knowledge.editedBy', { name: a.editedBy, at: formatTime(a.editedAt) })}
            </Descriptions.Item>
          </Descriptions>
          {a.usedBy.length > 0 && (
            <List
              size="small"
              data-testid="knowledge-used-by"
              header={<Typography.Text strong>{t('knowledge.usedBy')}</Typography.Text>}
              dataSource={a.usedBy}
              renderItem={(u) => (
                <List.Item>
                  <Space>
                    <Tag>{inLanguage(u.sourceLabel)}</Tag>
                    {inLanguage(u.label)}
                    <Typography.Text type="secondary">
                      {t('knowledge.usedByVersion', { n: u.sourceVersion })}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
          {a.attachments.length > 0 && (
            <List
              size="small"
              header={<Typography.Text strong>{t('knowledge.attachments')}</Typography.Text>}
              dataSource={a.attachments}
              renderItem={(f) => (
                <List.Item>
                  <a href={`/api/knowledge/articles/${a.id}/attachments/${f.id}`} download={f.fileName}>
                    {f.fileName}
                  </a>
                </List.Item>
              )}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
};
