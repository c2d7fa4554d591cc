import { describe, expect, it } from 'vitest';
import type { DeadlineRuleSpec } from './rules.ts';
import { type DeadlineProgress, firstActionAt, meetsDeadline, nextSweepStep } from './sweep.ts';

const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00+08:00`);
const rule: Pick<DeadlineRuleSpec, 'escalationChain' | 'escalateEveryMinutes'> = {
  escalationChain: ['owner', 'teamLead', 'supervisor', 'headOffice'],
  escalateEveryMinutes: 60,
};
const open: DeadlineProgress = {
  state: 'open',
  escalationLevel: 0,
  dueAt: at('10:30'),
  warnAt: at('10:00'),
  warnedAt: null,
  lastEscalatedAt: null,
};

/** Applies steps at the given times, as a sweeper would, and lists what it did. */
const run = (times: string[], start = open) => {
  let d = start;
  const actions: string[] = [];
  for (const t of times) {
    const step = nextSweepStep(d, rule, at(t));
    actions.push(step.action === 'escalate' ? `escalate:${step.level}:${step.notify}` : step.action);
    d = { ...d, ...step.patch };
  }
  return { actions, last: d };
};

describe('nextSweepStep', () => {
  it('waits, warns once, then escalates one level per interval along the chain', () => {
    const { actions, last } = run([
      '09:00',
      '10:00',
      '10:10',
      '10:30',
      '10:31',
      '11:30',
      '11:30',
      '12:30',
      '13:30',
      '20:00',
    ]);
    expect(actions).toEqual([
      'none',
      'warn',
      'none',
      'escalate:1:owner',
      'none',
      'escalate:2:teamLead',
      'none',
      'escalate:3:supervisor',
      'escalate:4:headOffice',
      'none',
    ]);
    expect(last).toMatchObject({ state: 'escalated', escalationLevel: 4 });
  });

  it('takes one step per call even when the sweeper was down for a day', () => {
    const { actions } = run(['23:00', '23:00', '23:00']);
    expect(actions).toEqual(['escalate:1:owner', 'none', 'none']);
  });

  it('says when to look next', () => {
    expect(nextSweepStep(open, rule, at('09:00')).patch.nextActionAt).toEqual(at('10:00'));
    expect(nextSweepStep(open, rule, at('10:05')).patch.nextActionAt).toEqual(at('10:30'));
    const breached = nextSweepStep(open, rule, at('10:40'));
    expect(breached.patch).toMatchObject({ state: 'breached', breachedAt: at('10:40') });
    expect(breached.patch.nextActionAt).toEqual(at('11:40'));
    expect(nextSweepStep({ ...open, state: 'met' }, rule, at('12:00'))).toEqual({
      action: 'none',
      patch: expect.objectContaining({ nextActionAt: null }),
    });
  });

  it('with no interval escalates one level per sweep', () => {
    let d = open;
    const levels: number[] = [];
    for (let i = 0; i < 5; i++) {
      const step = nextSweepStep(d, { ...rule, escalateEveryMinutes: 0 }, at('11:00'));
      if (step.action === 'escalate') levels.push(step.level);
      d = { ...d, ...step.patch };
    }
    expect(levels).toEqual([1, 2, 3, 4]);
  });

  it('starts at the warning unless there is none', () => {
    expect(firstActionAt(open)).toEqual(at('10:00'));
    expect(firstActionAt({ ...open, warnAt: null })).toEqual(at('10:30'));
    expect(meetsDeadline({ metBy: ['answer'] }, 'answer')).toBe(true);
    expect(meetsDeadline({ metBy: ['answer'] }, 'close')).toBe(true);
    expect(meetsDeadline({ metBy: ['answer'] }, 'start')).toBe(false);
  });
});
