import { Button, Card, Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime, testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { usePlanHandovers, useScheduleFromPlan } from './api.ts';

/**
 * Today's hand-overs as the published duty plan calls for them (seed 000 第一条, 第十条): on each post, who hands
 * over to whom, with both shifts; a lead schedules one with a click (the incoming agent is the plan's).
 */
export const PlanHandoversCard = () => {
  const { t, i18n } = useTranslation();
  const { message, showError } = useFeedback();
  const list = usePlanHandovers(true);
  const schedule = useScheduleFromPlan();
  const items = list.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('handover.fromPlan.title')}
      style={{ marginBottom: 12 }}
      {...testId('plan-handovers')}
    >
      {items.length === 0 && !list.isLoading ? (
        <Empty description={t('handover.fromPlan.none')} />
      ) : (
        <Table
          size="small"
          rowKey="incomingAssignmentId"
          pagination={false}
          loading={list.isLoading}
          dataSource={items}
          columns={[
            {
              title: t('handover.post'),
              key: 'post',
              render: (_, p) => (i18n.language === 'en' ? p.post.en : p.post.zh),
            },
            {
              title: t('handover.outgoing'),
              key: 'out',
              render: (_, p) => `${p.outgoing.name}（${p.outgoing.shiftCode}）`,
            },
            {
              title: t('handover.incoming'),
              key: 'in',
              render: (_, p) => `${p.incoming.name}（${p.incoming.shiftCode}）`,
            },
            { title: t('handover.fromPlan.at'), key: 'at', render: (_, p) => formatTime(p.shiftStart) },
            {
              title: '',
              key: 'act',
              render: (_, p) =>
                p.handoverId ? (
                  <Tag color="green">{t('handover.fromPlan.scheduled')}</Tag>
                ) : (
                  <Button
                    size="small"
                    {...testId(`plan-handover-${p.incoming.shiftCode}`)}
                    loading={schedule.isPending}
                    onClick={() =>
                      schedule.mutate(
                        {
                          outgoingAssignmentId: p.outgoingAssignmentId,
                          incomingAssignmentId: p.incomingAssignmentId,
                        },
                        {
                          onSuccess: () => void message.success(t('handover.fromPlan.done')),
                          onError: showError,
                        },
                      )
                    }
                  >
                    {t('handover.fromPlan.schedule')}
                  </Button>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
};
