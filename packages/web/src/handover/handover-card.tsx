import { Alert, Button, Card, Checkbox, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type Handover, type HandoverMove, useHandoverMove } from './api.ts';

const STAT_KEYS = [
  'callsOffered',
  'callsAnswered',
  'answeredWithinRings',
  'callsAbandoned',
  'complaints',
  'claimReports',
  'openItems',
  'forbiddenPhraseHits',
] as const;

type MoveEvent = Handover['moves'][number]['event'];
/** The moves that carry nothing but the version (the check-in carries the 第九条 checklist). */
const PLAIN_MOVES = ['generateStatistics', 'confirm', 'sign', 'close', 'escalateMissingRelief'] as const;

/**
 * One hand-over as its two people see it: the window, the 第九条 checklist, the 第十条 statistics and open items,
 * and the moves the server offers this person (a greyed button says why; a move only the other side can make is
 * not shown).
 */
export const HandoverCard = ({ h }: { h: Handover }) => {
  const { t, i18n } = useTranslation();
  const { message, showError } = useFeedback();
  const move = useHandoverMove(h.id);
  const [checklist, setChecklist] = useState({ uniform: false, badge: false, materials: false });
  const inLanguage = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);

  const run = (event: MoveEvent, label: string) => {
    const plain = PLAIN_MOVES.find((e) => e === event);
    const body: HandoverMove | undefined =
      event === 'checkIn'
        ? { event: 'checkIn', version: h.version, checklist }
        : plain
          ? { event: plain, version: h.version }
          : undefined;
    if (!body) return;
    move.mutate(body, {
      onSuccess: () => void message.success(t('handover.done', { move: label })),
      onError: showError,
    });
  };

  const offered = h.moves.filter((m) => m.allowed || !m.byRole);
  const canCheckIn = h.moves.some((m) => m.event === 'checkIn' && !m.byRole);
  const ticked = checklist.uniform && checklist.badge && checklist.materials;

  return (
    <Card
      {...testId(`handover-${h.post}`)}
      title={`${t('handover.post')}：${h.post}`}
      extra={
        <Tag
          {...testId('handover-state')}
          {...{ 'data-state': h.state }}
          color={h.state === 'closed' || h.state === 'signed' ? 'green' : 'blue'}
        >
          {inLanguage(h.stateLabel)}
        </Tag>
      }
    >
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('handover.outgoing')}>{h.outgoing.name}</Descriptions.Item>
        <Descriptions.Item label={t('handover.incoming')}>{h.incoming.name}</Descriptions.Item>
        <Descriptions.Item label={t('handover.outgoingShift')}>
          {formatTime(h.outgoingShiftStart)} – {formatTime(h.shiftStart)}
        </Descriptions.Item>
        <Descriptions.Item label={t('handover.incomingShift')}>
          {formatTime(h.shiftStart)} – {formatTime(h.shiftEnd)}
        </Descriptions.Item>
        <Descriptions.Item label={t('handover.checkedInAt')}>
          {formatTime(h.checkedInAt)}{' '}
          {h.checkedInAt &&
            (h.lateMinutes ? (
              <Tag color="orange">{t('handover.late', { minutes: h.lateMinutes })}</Tag>
            ) : (
              <Tag color="green">{t('handover.onTime')}</Tag>
            ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('handover.confirmedBy')}>
          {h.confirmedBy ? `${h.confirmedBy.name} ${formatTime(h.confirmedAt)}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('handover.signedBy')}>
          {h.signedBy ? `${h.signedBy.name} ${formatTime(h.signedAt)}` : '—'}
        </Descriptions.Item>
      </Descriptions>

      {canCheckIn && (
        <Card type="inner" size="small" title={t('handover.checklist')} style={{ marginTop: 12 }}>
          <Space>
            {(['uniform', 'badge', 'materials'] as const).map((k) => (
              <Checkbox
                key={k}
                {...testId(`checklist-${k}`)}
                checked={checklist[k]}
                onChange={(e) => setChecklist({ ...checklist, [k]: e.target.checked })}
              >
                {t(`handover.${k}`)}
              </Checkbox>
            ))}
          </Space>
        </Card>
      )}

      {h.statistics && (
        <Card type="inner" size="small" title={t('handover.statistics')} style={{ marginTop: 12 }}>
          <Table
            {...testId('handover-statistics')}
            size="small"
            pagination={false}
            rowKey="key"
            columns={[
              { title: '', dataIndex: 'label', key: 'label' },
              { title: '', dataIndex: 'value', key: 'value', align: 'right' },
            ]}
            showHeader={false}
            dataSource={STAT_KEYS.map((k) => ({
              key: k,
              label: t(`handover.stats.${k}`),
              value: h.statistics?.[k],
            }))}
          />
          <Typography.Text strong>{t('handover.openItems')}</Typography.Text>
          {h.openItems.length === 0 ? (
            <div>{t('handover.noOpenItems')}</div>
          ) : (
            h.openItems.map((o) => (
              <div key={o.caseId}>
                {o.number} {o.subject}
              </div>
            ))
          )}
        </Card>
      )}

      <Space style={{ marginTop: 12 }} wrap>
        {offered.map((m) => {
          const label = inLanguage(m.label);
          const blocked = !m.allowed || (m.event === 'checkIn' && !ticked);
          const why =
            !m.allowed && m.reason ? inLanguage(m.reason) : blocked ? t('handover.checklistRequired') : '';
          return (
            <Tooltip key={m.event} title={why}>
              <Button
                {...testId(`move-${m.event}`)}
                type={m.allowed ? 'primary' : 'default'}
                disabled={blocked}
                loading={move.isPending}
                onClick={() => run(m.event, label)}
              >
                {label}
              </Button>
            </Tooltip>
          );
        })}
      </Space>
      {h.escalatedAt && <Alert style={{ marginTop: 12 }} type="warning" message={inLanguage(h.stateLabel)} />}
      {h.reliefEscalatedAt && (
        <Alert
          {...testId('relief-escalated')}
          style={{ marginTop: 12 }}
          type="error"
          title={`${t('handover.reliefEscalated')} ${formatTime(h.reliefEscalatedAt)}`}
        />
      )}
    </Card>
  );
};
