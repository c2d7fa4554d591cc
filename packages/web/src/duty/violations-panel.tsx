import { Alert, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../shell/format.ts';
import type { DutyPlan, RosterViolation } from './api.ts';
import { useSay } from './labels.ts';

/** The violations the server answered, each with its message and source (seed article or law), never a code. */
export const ViolationsPanel = ({
  plan,
  violations,
  refused,
}: {
  plan: DutyPlan;
  violations: readonly RosterViolation[];
  refused: boolean;
}) => {
  const { t } = useTranslation();
  const say = useSay();
  const agents = new Map(plan.agents.map((a) => [a.id, a.name]));
  const posts = new Map(plan.posts.map((p) => [p.id, say(p.name)]));
  if (violations.length === 0)
    return <Alert type="success" showIcon title={t('duty.violations.none')} data-testid="duty-violations" />;
  return (
    <div data-testid="duty-violations">
      {refused && (
        <Alert
          type="error"
          showIcon
          title={t('duty.plan.publishRefused')}
          style={{ marginBottom: 8 }}
          data-testid="duty-publish-refused"
        />
      )}
      <Typography.Title level={5}>{t('duty.violations.title', { n: violations.length })}</Typography.Title>
      <div style={{ maxHeight: 240, overflowY: 'auto' }}>
        {violations.map((v) => (
          <div
            key={`${v.code}-${v.agentId}-${v.postId}-${v.from}-${v.assignmentIds.join()}`}
            data-testid="duty-violation"
            style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
          >
            <Tag color="red">{t(`duty.violation.${v.code}`)}</Tag>
            {say(v.message)}
            <div>
              <Typography.Text type="secondary">
                {[
                  v.agentId && `${t('duty.violations.who')}: ${agents.get(v.agentId) ?? ''}`,
                  v.postId && `${t('duty.violations.post')}: ${posts.get(v.postId) ?? ''}`,
                  v.from && `${t('duty.violations.when')}: ${formatTime(v.from)}–${formatTime(v.to)}`,
                  t('duty.violations.source', { source: v.source }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
};
