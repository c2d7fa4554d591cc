import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../calendar/index.ts';
import { claimsDesk, hotline, national2025To2026, sh, wall } from '../calendar/test-fixtures.ts';
import { deadlineMessage, formatBeijing } from './messages.ts';
import { computeDeadline, type DeadlineRuleSpec, validateRuleSpec } from './rules.ts';

const due = (rule: Pick<DeadlineRuleSpec, 'unit' | 'amount' | 'warnBeforeMinutes'>, at: string) => {
  const r = computeDeadline(rule, claimsDesk, sh(at));
  return { due: wall(r.dueAt), warn: r.warnAt ? wall(r.warnAt) : null, flag: r.calendarNotPublished };
};

describe('computeDeadline on the 2026 notice', () => {
  it('counts 3 working days (seed 003 (五)) over Spring Festival and its make-up Saturday', () => {
    // Thu 12 Feb: Fri 13 (1), Sat 14 make-up day (2), 15–23 off, Tue 24 (3); ends 24:00 on the 24th.
    expect(due({ unit: 'workingDays', amount: 3, warnBeforeMinutes: 240 }, '2026-02-12 15:00')).toEqual({
      due: '2026-02-25 00:00',
      warn: '2026-02-24 13:30',
      flag: false,
    });
  });

  it('counts 3 working days over National Day 2026', () => {
    // Tue 29 Sep: Wed 30 (1), 1–7 Oct off, Thu 8 (2), Fri 9 (3).
    expect(due({ unit: 'workingDays', amount: 3, warnBeforeMinutes: 0 }, '2026-09-29 10:00')).toEqual({
      due: '2026-10-10 00:00',
      warn: null,
      flag: false,
    });
  });

  it('counts working hours across the holiday and onto the make-up Saturday', () => {
    expect(due({ unit: 'workingHours', amount: 2, warnBeforeMinutes: 30 }, '2026-09-30 17:00')).toEqual({
      due: '2026-10-08 10:00',
      warn: '2026-10-08 09:30',
      flag: false,
    });
    expect(due({ unit: 'workingHours', amount: 2, warnBeforeMinutes: 30 }, '2026-02-13 16:30').due).toBe(
      '2026-02-14 09:30',
    );
  });

  it('rolls calendar days ending on a holiday to the next working day (Civil Code art. 203)', () => {
    expect(due({ unit: 'calendarDays', amount: 15, warnBeforeMinutes: 60 }, '2026-09-20 10:00')).toEqual({
      due: '2026-10-09 00:00',
      warn: '2026-10-08 23:00',
      flag: false,
    });
  });

  it('ignores the calendar for elapsed hours (seed 003 重大案件: 24 h)', () => {
    const r = computeDeadline(
      { unit: 'elapsedHours', amount: 24, warnBeforeMinutes: 120 },
      null,
      sh('2026-09-30 17:00'),
    );
    expect([wall(r.dueAt), r.warnAt && wall(r.warnAt), r.calendarNotPublished]).toEqual([
      '2026-10-01 17:00',
      '2026-10-01 15:00',
      false,
    ]);
  });

  it('flags a deadline that runs into a year without a notice', () => {
    expect(due({ unit: 'workingDays', amount: 3, warnBeforeMinutes: 0 }, '2026-12-30 10:00')).toMatchObject({
      due: '2027-01-05 00:00',
      flag: true,
    });
  });

  it('never warns before the start, and the hotline works through the holiday', () => {
    const r = computeDeadline(
      { unit: 'workingHours', amount: 1, warnBeforeMinutes: 120 },
      hotline,
      sh('2026-10-01 10:00'),
    );
    expect([wall(r.dueAt), r.warnAt && wall(r.warnAt)]).toEqual(['2026-10-01 11:00', '2026-10-01 10:00']);
  });

  it('needs a calendar for calendar units and refuses bad rules', () => {
    expect(() =>
      computeDeadline({ unit: 'workingDays', amount: 1, warnBeforeMinutes: 0 }, null, new Date()),
    ).toThrow('DEADLINE_RULE_INVALID');
    const good: DeadlineRuleSpec = {
      unit: 'workingDays',
      amount: 3,
      warnBeforeMinutes: 0,
      escalationChain: ['owner', 'teamLead'],
      escalateEveryMinutes: 60,
      metBy: ['resolve'],
    };
    expect(() => validateRuleSpec(good)).not.toThrow();
    expect(() => validateRuleSpec({ ...good, amount: 0 })).toThrow('DEADLINE_RULE_INVALID');
    expect(() => validateRuleSpec({ ...good, escalationChain: [] })).toThrow('DEADLINE_RULE_INVALID');
  });

  it('follows a branch layered over the national calendar', () => {
    const branch = compileCalendar({
      ...national2025To2026,
      holidays: [...national2025To2026.holidays, '2026-03-02'],
    });
    const r = computeDeadline(
      { unit: 'workingDays', amount: 1, warnBeforeMinutes: 0 },
      branch,
      sh('2026-02-27 10:00'),
    );
    // Sat 28 Feb is a make-up day; Monday 2 March is the branch's own day off, so 1 working day ends on the 28th.
    expect(wall(r.dueAt)).toBe('2026-03-01 00:00');
  });
});

describe('messages', () => {
  it('writes a midnight deadline as 24:00 of the day before', () => {
    expect(formatBeijing(sh('2026-02-25 00:00'))).toBe('2026-02-24 24:00');
    expect(formatBeijing(sh('2026-02-24 13:30'))).toBe('2026-02-24 13:30');
  });

  it('names the kind and the step in both languages', () => {
    const m = deadlineMessage({
      type: 'escalate',
      kind: 'caseFirstResponse',
      caseNumber: 'ZXBJ202611220001',
      dueAt: sh('2026-11-23 10:30'),
      step: 'supervisor',
      level: 3,
    });
    expect(m.zh).toBe(
      '案件 ZXBJ202611220001 的「首次响应」已超时（时限 2026-11-23 10:30），已升级至客服主管',
    );
    expect(m.en).toContain('escalated to the supervisor');
  });
});
