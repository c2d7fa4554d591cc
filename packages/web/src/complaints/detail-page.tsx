import { FilePdfOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Flex,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { hasPermission, useMe } from '../api/auth.ts';
import { isApiError } from '../api/client.ts';
import { SealedText } from '../cases/sealed-text.tsx';
import { CustomerViewLink } from '../customer-view/customer-view-page.tsx';
import { DeadlineBadge } from '../deadlines/deadline-badge.tsx';
import { AssignmentLine } from '../shell/assignment-line.tsx';
import { formatTime } from '../shell/format.ts';
import { formatYuan } from '../shell/money.ts';
import { NextStepPanel } from '../shell/next-step-panel.tsx';
import { ActionDialog, type DialogAction } from './action-dialog.tsx';
import { type ComplaintDetail, useComplaint } from './api.ts';
import {
  categoryLabel,
  clockLabel,
  complexityLabel,
  eventLabel,
  handlerLabel,
  levelLabel,
  URGENCY_COLOR,
  urgencyLabel,
} from './labels.ts';
import { MajorTag } from './major-tag.tsx';
import { MoveButtons } from './move-buttons.tsx';

const Facts = ({ d }: { d: ComplaintDetail }) => {
  const { t } = useTranslation();
  const c = d.complaint;
  // Texts with a typed ID or phone number arrive masked, with a reveal (issue #18 part 6).
  const text = (field: string, value: string) => (
    <SealedText caseId={d.id} field={field} sealed={d.sealedFields.includes(field)} text={value} />
  );
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      <Descriptions.Item label={t('complaints.intake.subject')}>
        {text('cases.subject', d.subject)}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.source')}>
        {t(`complaints.source.${c.source}`)} {c.regulatorRef ?? ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.description')} span={2}>
        {text('cases.description', d.description)}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.request')} span={2}>
        {c.request ? text('complaints.request', c.request) : t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.customerName')}>
        {d.customerName ?? t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.customerPhone')}>
        {d.customerPhoneMasked ?? t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.product')}>
        {c.product || t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.policyNo')}>
        {c.policyNo ?? t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.category')}>
        {categoryLabel(t, c.category)}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.field.apology')}>
        {c.apologyGiven ? t('complaints.field.yes') : t('complaints.field.no')}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.field.urgency')}>
        {c.urgency ? (
          <Tag color={URGENCY_COLOR[c.urgency]}>{urgencyLabel(t, c.urgency)}</Tag>
        ) : (
          t('common.none')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.field.complexity')}>
        {complexityLabel(t, c.complexity)}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.field.handlerRole')}>
        {handlerLabel(t, c.handlerRole)}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.field.owner')}>
        <span data-testid="complaint-owner">{d.ownerName}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.complainedUser')}>
        {c.complainedUser?.name ?? t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('complaints.intake.committedReplyHours')}>
        {c.committedReplyHours ?? t('common.none')}
      </Descriptions.Item>
      {c.decision && (
        <Descriptions.Item label={t('complaints.field.decision')} span={2}>
          <span data-testid="complaint-decision">{text('complaints.decision', c.decision)}</span>
          {c.remedy ? ` · ${c.remedy}` : ''}
          {c.remedyAmount ? ` · ${formatYuan(Math.round(c.remedyAmount * 100))}` : ''}
        </Descriptions.Item>
      )}
      {c.findings && (
        <Descriptions.Item label={t('complaints.field.findings')} span={2}>
          {text('complaints.decision_findings', c.findings)}
        </Descriptions.Item>
      )}
      {c.basis && (
        <Descriptions.Item label={t('complaints.field.basis')} span={2}>
          {text('complaints.decision_basis', c.basis)}
        </Descriptions.Item>
      )}
      {c.withdrawnAt && (
        <Descriptions.Item label={t('complaints.field.withdrawn')} span={2}>
          <span data-testid="complaint-withdrawn">
            {formatTime(c.withdrawnAt)} · {t(`channel.${c.withdrawnChannel as 'phone'}`)}
          </span>
        </Descriptions.Item>
      )}
      {c.callbackScore !== null && (
        <Descriptions.Item label={t('complaints.field.score')}>
          {t('complaints.field.callback', { score: c.callbackScore })} {c.callbackComment ?? ''}
        </Descriptions.Item>
      )}
      {/* 办法 (2020) art. 20: the review by the institution above, applied for within 30 days. */}
      {c.reviewLastDay && !c.review && (
        <Descriptions.Item label={t('complaints.review.lastDay')}>
          <span data-testid="complaint-review-last-day">{c.reviewLastDay}</span>
        </Descriptions.Item>
      )}
      {c.review && (
        <Descriptions.Item label={t('complaints.review.title')} span={2}>
          <span data-testid="complaint-review">
            {formatTime(c.review.requestedAt)} · {t(`channel.${c.review.channel as 'letter'}`)} ·{' '}
            {c.review.request}
            {c.review.outcome && (
              <>
                <br />
                <Tag color={c.review.outcome === 'upheld' ? 'blue' : 'orange'}>
                  {t(`complaints.review.outcome.${c.review.outcome}`)}
                </Tag>
                {c.review.reviewedAt ? formatTime(c.review.reviewedAt) : ''} · {c.review.findings}
              </>
            )}
          </span>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
};

/** Why the clock stands still now: the reason of the running stop. */
const stopReason = (d: ComplaintDetail): 'appraisal' | 'mediation' =>
  d.clockStops.find((s) => s.endedAt === null)?.reason === 'mediation' ? 'mediation' : 'appraisal';

/** Complaint detail: facts, the moves the server offers, clocks, approvals and the timeline. */
export const ComplaintDetailPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: me } = useMe();
  const query = useComplaint(id);
  const [action, setAction] = useState<DialogAction | null>(null);
  const d = query.data;
  if (isApiError(query.error) && query.error.status === 404)
    return <Result status="404" title={t('complaints.detail.notFound')} data-testid="complaint-not-found" />;
  if (!d) return <Skeleton active />;
  return (
    <Flex vertical gap={16} data-testid="complaint-detail">
      <Card
        title={
          <Space>
            <Typography.Text strong data-testid="complaint-number">
              {d.number}
            </Typography.Text>
            <Tag color="blue" data-testid="complaint-state" data-state={d.complaint.state}>
              {t(`complaints.states.${d.complaint.state}`)}
            </Tag>
            <MajorTag reasons={d.complaint.majorReasons} />
          </Space>
        }
        extra={
          <Space>
            <CustomerViewLink kind="case" id={d.id} />
            {d.letterAvailable && hasPermission(me, 'personal.reveal') && (
              <a
                href={`/api/complaints/${d.id}/letter.pdf`}
                target="_blank"
                rel="noreferrer"
                data-testid="complaint-letter"
              >
                <Button icon={<FilePdfOutlined />}>{t('complaints.detail.letter')}</Button>
              </a>
            )}
            <Button icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      >
        <Flex vertical gap={16}>
          <NextStepPanel step={d.nextStep} onAct={(e) => setAction(e as DialogAction)} />
          <MoveButtons detail={d} onMove={setAction} />
          <Facts d={d} />
        </Flex>
      </Card>
      <Card title={t('complaints.detail.clocks')}>
        <Flex vertical gap={8} data-testid="complaint-clocks">
          {d.deadlines.map((x) => (
            <Space key={x.id} data-testid={`clock-${x.kind}`} data-state={x.state} data-due={x.dueAt}>
              <Typography.Text style={{ minWidth: 120, display: 'inline-block' }}>
                {clockLabel(t, x.kind)}
              </Typography.Text>
              {x.pausedAt ? (
                <Tag color="purple" data-testid="clock-stopped">
                  {t('complaints.clock.stoppedSince', {
                    at: formatTime(x.pausedAt),
                    reason: t(`complaints.clock.${stopReason(d)}`),
                  })}
                </Tag>
              ) : (
                <>
                  <DeadlineBadge deadline={{ ...x, warned: x.warnedAt !== null }} />
                  <Typography.Text type="secondary">
                    {t('deadline.due')} {formatTime(x.dueAt)}
                  </Typography.Text>
                </>
              )}
              {x.escalatedTo && (
                <Tag color="red">
                  {t('deadline.escalatedTo', { to: t(`deadline.steps.${x.escalatedTo}`) })}
                </Tag>
              )}
            </Space>
          ))}
        </Flex>
      </Card>
      {d.approvals.length > 0 && (
        <Card title={t('complaints.detail.approvals')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={d.approvals}
            columns={[
              { title: t('complaints.field.state'), render: (_, a) => t(`complaints.inbox.kind.${a.kind}`) },
              {
                title: t('complaints.inbox.requiredLevel'),
                render: (_, a) => levelLabel(t, a.requiredLevel),
              },
              {
                title: t('complaints.inbox.requestedBy'),
                render: (_, a) => `${a.requestedBy} ${formatTime(a.requestedAt)}`,
              },
              {
                title: t('complaints.field.state'),
                render: (_, a) =>
                  a.outcome === null ? (
                    <Tag color="orange">{t('complaints.detail.pending')}</Tag>
                  ) : (
                    // A withdrawal (art. 15) closes open approvals as 'withdrawn': the field label says it.
                    `${t(a.outcome === 'withdrawn' ? 'complaints.field.withdrawn' : `complaints.detail.${a.outcome}`)} · ${a.decidedBy ?? ''} ${formatTime(a.decidedAt)}`
                  ),
              },
              {
                // Notes typed with an ID or phone number come masked, with the reveal for those who may (#18 part 6).
                title: t('complaints.detail.approvalNotes'),
                render: (_, a) => (
                  <>
                    {[
                      ['complaint_approvals.note', a.note],
                      ['complaint_approvals.decision_note', a.decisionNote],
                    ].map(([field, text]) =>
                      text && field ? (
                        <div key={field}>
                          <SealedText
                            caseId={d.id}
                            field={field}
                            rowId={a.id}
                            sealed={d.sealedFields.includes(`${field}:${a.id}`)}
                            text={text}
                          />
                        </div>
                      ) : null,
                    )}
                  </>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card title={t('complaints.detail.timeline')}>
        <Timeline
          data-testid="complaint-timeline"
          items={d.events.map((e) => ({
            key: e.id,
            color: e.type.startsWith('deadline') ? 'red' : 'blue',
            title: formatTime(e.at),
            content: (
              <div data-testid={`timeline-${e.type}`}>
                <Typography.Text strong>{eventLabel(t, e.type)}</Typography.Text>
                <Typography.Text type="secondary"> · {e.actorName ?? t('timeline.system')}</Typography.Text>
                <AssignmentLine type={e.type} data={e.data} />
                {e.note && (
                  <Typography.Paragraph style={{ margin: '4px 0 0' }}>
                    <SealedText
                      caseId={d.id}
                      field="case_events.note"
                      eventId={e.id}
                      sealed={e.noteSealed}
                      text={e.note}
                    />
                  </Typography.Paragraph>
                )}
              </div>
            ),
          }))}
        />
      </Card>
      <ActionDialog detail={d} action={action} onClose={() => setAction(null)} />
    </Flex>
  );
};
