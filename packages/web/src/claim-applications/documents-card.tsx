import { Button, Card, Checkbox, Progress, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkedArticles } from '../knowledge/linked-articles.tsx';
import type { ApplicationDetail, ApplicationDocument, ApplicationMove } from './api.ts';

type Row = Omit<ApplicationDocument, 'satisfied' | 'label' | 'list' | 'originalRequired'>;
type DocumentRecord = Pick<Row, 'id' | 'received' | 'form' | 'verified' | 'returned'>;

/**
 * The checklist and the recordDocuments move (seed 003 §(四)): for each item received, original or copy, verified,
 * returned. Editable only while the server offers the move.
 */
export const DocumentsCard = ({
  detail,
  busy,
  onRecord,
}: {
  detail: ApplicationDetail;
  busy: boolean;
  onRecord: (move: ApplicationMove, documents: DocumentRecord[]) => void;
}) => {
  const { t, i18n } = useTranslation();
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const a = detail.application;
  const [rows, setRows] = useState<Record<string, Row>>({});
  useEffect(() => setRows(Object.fromEntries(a.documents.map((x) => [x.id, x]))), [a.documents]);
  const edit = (docId: string, patch: Partial<Row>) =>
    setRows((r) => ({ ...r, [docId]: { ...(r[docId] as Row), ...patch } }));
  const offered = detail.moves.find((m) => m.event === 'recordDocuments' && m.allowed);
  return (
    <Card
      title={t('claimDesk.checklist')}
      extra={
        offered && (
          <Button
            onClick={() =>
              onRecord(
                offered,
                Object.values(rows).map(({ id, received, form, verified, returned }) => ({
                  id,
                  received,
                  form,
                  verified,
                  returned,
                })),
              )
            }
            loading={busy}
            data-testid="claim-app-save-documents"
          >
            {say(offered.label)}
          </Button>
        )
      }
    >
      <Progress
        percent={Math.round((100 * a.progress.satisfied) / Math.max(1, a.progress.total))}
        format={() => `${a.progress.satisfied} / ${a.progress.total}`}
        aria-label={t('claimDesk.progress')}
        data-testid="claim-app-progress"
      />
      <Table<ApplicationDocument>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={a.documents}
        columns={[
          {
            title: t('claimDesk.item'),
            render: (_, x) => (
              <Space>
                {say(x.label)}
                {x.originalRequired && <Tag>{t('claimDesk.originalRequired')}</Tag>}
                {x.satisfied && <Tag color="green">✓</Tag>}
                <LinkedArticles ids={x.articleIds} testId={`doc-${x.id}-articles`} />
              </Space>
            ),
          },
          ...(['received', 'verified', 'returned'] as const).map((k) => ({
            title: t(`claimDesk.${k}`),
            render: (_: unknown, x: ApplicationDocument) => (
              <Checkbox
                disabled={!offered}
                checked={rows[x.id]?.[k] ?? false}
                onChange={(e) => edit(x.id, { [k]: e.target.checked })}
                data-testid={`doc-${x.id}-${k}`}
              />
            ),
          })),
          {
            title: t('claimDesk.form'),
            render: (_, x) => (
              <Select
                size="small"
                style={{ width: 110 }}
                disabled={!offered}
                value={rows[x.id]?.form ?? null}
                onChange={(v) => edit(x.id, { form: v })}
                options={[
                  { value: 'original', label: t('claimDesk.original') },
                  { value: 'copy', label: t('claimDesk.copy') },
                ]}
                data-testid={`doc-${x.id}-form`}
              />
            ),
          },
        ]}
      />
    </Card>
  );
};
