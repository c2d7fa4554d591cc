import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Progress,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CaseTimeline } from '../cases/case-timeline.tsx';
import { CaseDeadlines } from '../deadlines/case-deadlines.tsx';
import {
  APPLICANT_RELATION_LABELS,
  type ApplicationDocument,
  type ApplicationMove,
  CLAIM_APPLICATION_STATE_LABELS,
  CLAIM_TYPE_LABELS,
  useApplication,
  useMove,
} from './api.ts';
import { MoveDialog } from './move-dialog.tsx';

type Row = Omit<ApplicationDocument, 'satisfied' | 'label' | 'list' | 'originalRequired'>;

/** One application: the checklist with its progress, the notices, and the moves the server offers. */
export const ClaimApplicationDetailPage = () => {
  const { t, i18n } = useTranslation();
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const { id = '' } = useParams();
  const query = useApplication(id);
  const move = useMove(id);
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [asking, setAsking] = useState<ApplicationMove | null>(null);
  const d = query.data;
  useEffect(() => {
    if (d) setRows(Object.fromEntries(d.application.documents.map((x) => [x.id, x])));
  }, [d]);
  if (!d) return <Skeleton active />;
  const a = d.application;
  const edit = (docId: string, patch: Partial<Row>) =>
    setRows((r) => ({ ...r, [docId]: { ...(r[docId] as Row), ...patch } }));
  const recordOffered = d.moves.find((m) => m.event === 'recordDocuments' && m.allowed);
  const run = (m: ApplicationMove, extra: Record<string, unknown> = {}) =>
    move.mutate({ event: m.event, version: d.version, ...extra });
  const start = (m: ApplicationMove) => (m.inputs.length > 0 ? setAsking(m) : run(m));
  const others = d.moves.filter((m) => m.event !== 'recordDocuments');

  return (
    <Flex vertical gap={16} data-testid="claim-application">
      <Card
        title={
          <Space>
            {t('claimDesk.formTitle')}
            <span data-testid="claim-app-number">{d.number}</span>
            <Tag color="blue" data-testid="claim-app-state" data-state={a.state}>
              {say(CLAIM_APPLICATION_STATE_LABELS[a.state])}
            </Tag>
          </Space>
        }
      >
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t('claimDesk.policy')}>
            {a.policy.policyNo}（{a.policy.product}）{a.policy.insuredNameMasked}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.report')}>
            {a.report ? <Link to={`/claim-reports/${a.report.id}`}>{a.report.number}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.claimType')}>
            {say(CLAIM_TYPE_LABELS[a.claimType])}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.applicant')}>
            {a.applicant.nameMasked} · {a.applicant.idNumberMasked} ·{' '}
            {say(APPLICANT_RELATION_LABELS[a.relation])}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.entitlementBasis')}>{a.entitlementBasis}</Descriptions.Item>
        </Descriptions>
        {move.error && <Alert type="error" message={move.error.message} data-testid="claim-app-move-error" />}
        <Flex wrap gap={8} style={{ marginTop: 12 }} data-testid="claim-app-actions">
          {others
            .filter((m) => m.allowed || !m.byRole)
            .map((m) => (
              <Tooltip key={m.event} title={m.reason ? say(m.reason) : undefined}>
                <Button
                  type={m.allowed ? 'primary' : 'default'}
                  disabled={!m.allowed}
                  loading={move.isPending}
                  onClick={() => start(m)}
                  data-testid={`claim-app-action-${m.event}`}
                >
                  {say(m.label)}
                </Button>
              </Tooltip>
            ))}
          {a.missingNotice && (
            <Button
              href={`/api/claim-applications/${d.id}/missing-notice.pdf`}
              target="_blank"
              data-testid="claim-app-notice-pdf"
            >
              {t('claimDesk.missingNotice')}
            </Button>
          )}
          {a.handover && (
            <Button
              href={`/api/claim-applications/${d.id}/transmittal.pdf`}
              target="_blank"
              data-testid="claim-app-transmittal-pdf"
            >
              {t('claimDesk.transmittal')}
            </Button>
          )}
        </Flex>
      </Card>
      <Card
        title={t('claimDesk.checklist')}
        extra={
          recordOffered && (
            <Button
              onClick={() =>
                run(recordOffered, {
                  documents: Object.values(rows).map(({ id, received, form, verified, returned }) => ({
                    id,
                    received,
                    form,
                    verified,
                    returned,
                  })),
                })
              }
              loading={move.isPending}
              data-testid="claim-app-save-documents"
            >
              {t('claimDesk.saveDocuments')}
            </Button>
          )
        }
      >
        <Progress
          percent={Math.round((100 * a.progress.satisfied) / Math.max(1, a.progress.total))}
          format={() => `${a.progress.satisfied} / ${a.progress.total}`}
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
                </Space>
              ),
            },
            ...(['received', 'verified', 'returned'] as const).map((k) => ({
              title: t(`claimDesk.${k}`),
              render: (_: unknown, x: ApplicationDocument) => (
                <Checkbox
                  disabled={!recordOffered}
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
                  disabled={!recordOffered}
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
      {d.deadlines.length > 0 && (
        <Card title={t('deadline.title')}>
          <CaseDeadlines deadlines={d.deadlines} />
        </Card>
      )}
      <Card title={t('detail.timeline')}>
        <CaseTimeline events={d.events} />
      </Card>
      <MoveDialog
        move={asking}
        busy={move.isPending}
        onCancel={() => setAsking(null)}
        onSubmit={(values) => {
          if (asking) run(asking, values);
          setAsking(null);
        }}
      />
    </Flex>
  );
};
