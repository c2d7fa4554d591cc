import { Alert, Card, Col, Row, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveEvents } from '../api/live.ts';
import { formatTime, testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import {
  type PresenceState,
  type PresenceWall,
  useMyPresence,
  usePresenceWall,
  useSetPresence,
} from './api.ts';
import { PlanHandoversCard } from './plan-handovers.tsx';

const STATES: readonly PresenceState[] = ['ready', 'notReady', 'break', 'meal', 'offline'];
const COLORS: Record<string, string> = {
  ready: 'green',
  notReady: 'orange',
  break: 'blue',
  meal: 'cyan',
  offline: 'default',
};
const isState = (v: unknown): v is PresenceState => STATES.some((s) => s === v);

/** My presence (seed 000 第七条: meals and rests in turn); leaving ready may alert the team lead (第三条). */
export const PresenceSwitch = () => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const mine = useMyPresence();
  const set = useSetPresence();
  return (
    <Space>
      <Typography.Text>{t('handover.presence')}</Typography.Text>
      <Segmented
        {...testId('presence-switch')}
        value={mine.data?.state ?? 'offline'}
        options={STATES.map((s) => ({ value: s, label: t(`handover.presenceStates.${s}`) }))}
        onChange={(v) => {
          if (!isState(v)) return;
          set.mutate(v, {
            onSuccess: (p) => {
              if (p.alertedPosts.length > 0)
                void message.warning(t('handover.alerted', { posts: p.alertedPosts.join('、') }));
            },
            onError: showError,
          });
        }}
      />
    </Space>
  );
};

/** seed 000 第二条, 第七条: a busy line asks the duty lead to add staff, until the line calms (one per branch). */
const BusyLineBanners = ({ lines }: { lines: PresenceWall['busyLines'] }) => {
  const { t, i18n } = useTranslation();
  return lines.map((b) => (
    <Alert
      key={b.id}
      {...testId('busy-line-banner')}
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('handover.busyLine.title', {
        branch: i18n.language === 'en' ? b.branchNameEn : b.branchName,
      })}
      description={t('handover.busyLine.detail', {
        queued: b.queued,
        peak: b.peakQueued,
        abandoned: b.abandoned,
        offered: b.offered,
        since: formatTime(b.raisedAt),
      })}
    />
  ));
};

/** The team lead's wall: who is ready, on break or offline, and which running post has nobody ready. */
export const PresenceWallTab = () => {
  const { t } = useTranslation();
  const wall = usePresenceWall(true);
  useLiveEvents(['presence']);
  const state = (s: string) => (
    <Tag color={COLORS[s]}>{isState(s) ? t(`handover.presenceStates.${s}`) : s}</Tag>
  );
  return (
    <>
      <BusyLineBanners lines={wall.data?.busyLines ?? []} />
      <PlanHandoversCard />
      <Row gutter={16}>
        <Col span={8}>
          <Card size="small" title={t('handover.posts')}>
            {(wall.data?.posts ?? []).map((p) => (
              <div key={p.handoverId} {...testId(`post-${p.post}`)}>
                {p.post}{' '}
                <Tag color={p.staffed ? 'green' : 'red'}>
                  {p.staffed ? t('handover.staffed') : t('handover.unstaffed')}
                </Tag>
              </div>
            ))}
          </Card>
        </Col>
        <Col span={16}>
          <Table
            {...testId('presence-wall')}
            size="small"
            rowKey="userId"
            loading={wall.isLoading}
            dataSource={wall.data?.people ?? []}
            pagination={false}
            columns={[
              { title: t('handover.people'), dataIndex: 'name', key: 'name' },
              { title: '', dataIndex: 'branchCode', key: 'branch' },
              { title: t('handover.state'), key: 'state', render: (_, p) => state(p.state) },
              { title: t('handover.since'), key: 'since', render: (_, p) => formatTime(p.since) },
              {
                title: '',
                key: 'flag',
                render: (_, p) => (p.flag ? <Tag color="red">{t(`handover.flags.${p.flag}`)}</Tag> : null),
              },
            ]}
          />
        </Col>
      </Row>
    </>
  );
};
