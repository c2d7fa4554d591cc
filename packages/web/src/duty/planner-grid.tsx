import { Dropdown, type MenuProps, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DutyPlan, RosterViolation } from './api.ts';
import { cellKey, placeViolations } from './grid-model.ts';
import { useSay } from './labels.ts';

type Props = {
  plan: DutyPlan;
  /** Violations to mark: the plan's own, or those a refused publish answered. */
  violations: readonly RosterViolation[];
  busy: boolean;
  onAssign: (agentId: string, shiftId: string, date: string) => void;
  onUnassign: (assignmentId: string) => void;
};

const WEEKDAY_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEKDAY_EN = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
const bad = '#fff1f0';
const badBorder = '#ff4d4f';

/**
 * Agents × days of the month; a cell shows its shift codes. A draft's cell opens a menu to assign a shift or
 * remove one; every change answers the plan re-checked, and the cells the violations fall on turn red with the
 * server's message on hover. A published plan is read-only here (第二条: it changes by leave or swap only).
 */
export const PlannerGrid = ({ plan, violations, busy, onAssign, onUnassign }: Props) => {
  const { t, i18n } = useTranslation();
  const say = useSay();
  const draft = plan.state === 'draft';
  const marks = useMemo(() => placeViolations(violations, plan.assignments), [violations, plan.assignments]);
  const shifts = useMemo(() => new Map(plan.shifts.map((s) => [s.id, s])), [plan.shifts]);
  const cellOf = useMemo(() => {
    const m = new Map<string, DutyPlan['assignments']>();
    for (const a of plan.assignments) {
      const k = cellKey(a.agentId, a.date);
      m.set(k, [...(m.get(k) ?? []), a]);
    }
    return m;
  }, [plan.assignments]);
  const why = (list: readonly RosterViolation[]) => (
    <div>
      {list.map((v) => (
        <div key={`${v.code}-${v.agentId}-${v.postId}-${v.from}-${v.assignmentIds.join()}`}>
          <b>{t(`duty.violation.${v.code}`)}</b>: {say(v.message)}
        </div>
      ))}
    </div>
  );
  const weekday = i18n.language === 'en' ? WEEKDAY_EN : WEEKDAY_ZH;

  return (
    <div style={{ overflowX: 'auto' }} data-testid="duty-grid">
      <table style={{ borderCollapse: 'collapse', fontSize: 12 }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left', padding: '4px 8px', minWidth: 90 }}>{t('duty.plan.agent')}</th>
            {plan.dates.map((d) => {
              const dayMarks = marks.days.get(d) ?? [];
              const head = (
                <th
                  key={d}
                  data-testid="duty-day"
                  data-date={d}
                  data-bad={dayMarks.length > 0 ? 'true' : undefined}
                  style={{
                    width: 30,
                    padding: 2,
                    background: dayMarks.length > 0 ? bad : undefined,
                    borderBottom: dayMarks.length > 0 ? `2px solid ${badBorder}` : undefined,
                  }}
                >
                  <div>{Number(d.slice(8))}</div>
                  <div style={{ color: '#999' }}>{weekday[new Date(`${d}T00:00:00Z`).getUTCDay()]}</div>
                </th>
              );
              return dayMarks.length > 0 ? (
                <Tooltip key={d} title={why(dayMarks)}>
                  {head}
                </Tooltip>
              ) : (
                head
              );
            })}
          </tr>
        </thead>
        <tbody>
          {plan.agents.map((agent) => (
            <tr key={agent.id}>
              <td style={{ padding: '2px 8px', whiteSpace: 'nowrap' }}>
                <Typography.Text>{agent.name}</Typography.Text>
              </td>
              {plan.dates.map((date) => {
                const k = cellKey(agent.id, date);
                const here = cellOf.get(k) ?? [];
                const problems = marks.cells.get(k) ?? [];
                const items: MenuProps['items'] = [
                  ...plan.shifts
                    .filter((s) => !here.some((a) => a.shiftId === s.id))
                    .map((s) => ({
                      key: `add-${s.id}`,
                      label: (
                        <span data-testid={`duty-assign-${s.code}`}>
                          {t('duty.plan.assign', { code: s.code, start: s.start, end: s.end })}
                        </span>
                      ),
                      onClick: () => onAssign(agent.id, s.id, date),
                    })),
                  ...here.map((a) => ({
                    key: `del-${a.id}`,
                    danger: true,
                    label: (
                      <span data-testid={`duty-unassign-${shifts.get(a.shiftId)?.code ?? ''}`}>
                        {t('duty.plan.unassign', { code: shifts.get(a.shiftId)?.code ?? '' })}
                      </span>
                    ),
                    onClick: () => onUnassign(a.id),
                  })),
                ];
                const cell = (
                  <button
                    type="button"
                    data-testid="duty-cell"
                    aria-label={t('duty.plan.cellLabel', {
                      name: agent.name,
                      date,
                      shifts:
                        here.map((a) => shifts.get(a.shiftId)?.code ?? '').join(' ') ||
                        t('duty.plan.noShift'),
                    })}
                    data-agent={agent.id}
                    data-date={date}
                    data-bad={problems.length > 0 ? 'true' : undefined}
                    disabled={busy && draft}
                    style={{
                      width: 30,
                      height: 26,
                      border: problems.length > 0 ? `1px solid ${badBorder}` : '1px solid #f0f0f0',
                      background: problems.length > 0 ? bad : here.length > 0 ? '#e6f4ff' : '#fff',
                      cursor: draft ? 'pointer' : 'default',
                      fontSize: 12,
                      padding: 0,
                    }}
                  >
                    {here.map((a) => shifts.get(a.shiftId)?.code ?? '').join(' ')}
                  </button>
                );
                const withTip = problems.length > 0 ? <Tooltip title={why(problems)}>{cell}</Tooltip> : cell;
                return (
                  <td key={date} style={{ padding: 1 }}>
                    {draft ? (
                      <Dropdown menu={{ items }} trigger={['click']}>
                        {withTip}
                      </Dropdown>
                    ) : (
                      withTip
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
