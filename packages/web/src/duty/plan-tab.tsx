import { Button, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type DutyProposal, type RosterViolation, usePlan, usePlanChange } from './api.ts';
import { PlannerGrid } from './planner-grid.tsx';
import { ProposeDialog } from './propose-dialog.tsx';
import { ViolationsPanel } from './violations-panel.tsx';

/** The violations a refused publish carries in its details (the server's list, as the grid's are). */
const refusedList = (raw: unknown): RosterViolation[] | null => {
  if (typeof raw !== 'object' || raw === null || !('violations' in raw)) return null;
  const list = (raw as { violations: unknown }).violations;
  return Array.isArray(list) ? (list as RosterViolation[]) : null;
};

/** The month's plan: create it, assign cell by cell or take a proposal, then publish (refused with the list). */
export const PlanTab = ({ month, branchId }: { month: string; branchId?: string }) => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const plan = usePlan(month, branchId);
  const change = usePlanChange(month, branchId);
  const [proposing, setProposing] = useState(false);
  const [proposal, setProposal] = useState<DutyProposal | null>(null);
  const [refused, setRefused] = useState<RosterViolation[] | null>(null);
  const busy =
    change.assign.isPending ||
    change.unassign.isPending ||
    change.propose.isPending ||
    change.publish.isPending;

  if (plan.isLoading) return <Spin />;
  const p = plan.data;
  if (!p)
    return (
      <Empty description={t('duty.plan.noPlan')}>
        <Button
          type="primary"
          loading={change.create.isPending}
          onClick={() => change.create.mutate(undefined, { onError: showError })}
          data-testid="duty-plan-create"
        >
          {t('duty.plan.create')}
        </Button>
      </Empty>
    );
  const violations = p.violations;
  const onDone = { onSuccess: () => setRefused(null), onError: showError };

  return (
    <div data-testid="duty-plan" data-state={p.state} data-plan={p.id}>
      <Space style={{ marginBottom: 12 }} wrap>
        <Tag color={p.state === 'published' ? 'green' : 'gold'} data-testid="duty-plan-state">
          {t(`duty.plan.state.${p.state}`)}
        </Tag>
        <Typography.Text type="secondary">{t('duty.plan.version', { v: p.version })}</Typography.Text>
        {p.state === 'draft' ? (
          <>
            <Button onClick={() => setProposing(true)} disabled={busy} data-testid="duty-propose">
              {t('duty.plan.propose')}
            </Button>
            <Button
              type="primary"
              loading={change.publish.isPending}
              disabled={busy}
              data-testid="duty-publish"
              onClick={() =>
                change.publish.mutate(p.id, {
                  onSuccess: () => {
                    setRefused(null);
                    void message.success(t('duty.plan.published'));
                  },
                  onError: (e) => {
                    const list = isApiError(e, 'DUTY_PLAN_HAS_VIOLATIONS') ? refusedList(e.raw) : null;
                    if (list) setRefused(list);
                    showError(e);
                  },
                })
              }
            >
              {t('duty.plan.publish')}
            </Button>
            <Typography.Text type="secondary">{t('duty.plan.legend')}</Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('duty.plan.readOnly')}</Typography.Text>
        )}
      </Space>
      <PlannerGrid
        plan={p}
        violations={violations}
        busy={busy}
        onAssign={(agentId, shiftId, date) =>
          change.assign.mutate({ planId: p.id, agentId, shiftId, date }, onDone)
        }
        onUnassign={(assignmentId) => change.unassign.mutate({ planId: p.id, assignmentId }, onDone)}
      />
      <div style={{ marginTop: 16 }}>
        <ViolationsPanel plan={p} violations={violations} refused={refused !== null && refused.length > 0} />
      </div>
      <ProposeDialog
        open={proposing}
        current={p.assignments.length}
        running={change.propose.isPending}
        result={proposal}
        onRun={(input) =>
          change.propose.mutate({ planId: p.id, input }, { onSuccess: setProposal, onError: showError })
        }
        onClose={() => {
          setProposing(false);
          setProposal(null);
        }}
      />
    </div>
  );
};
