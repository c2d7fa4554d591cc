import { describe, expect, it } from 'vitest';
import { next } from '../workflow/index.ts';
import { type InvestigationFacts, INVESTIGATION_MACHINE as M } from './investigation.machine.ts';
import { signalPrecision } from './precision.ts';

const f = (x: Partial<InvestigationFacts>): InvestigationFacts => ({
  isManager: false,
  isAssignee: false,
  isConcluder: false,
  assigneeGiven: false,
  outcome: undefined,
  note: undefined,
  ...x,
});

describe('fraud investigation machine, as a table', () => {
  const rows: [string, string, Partial<InvestigationFacts>, string][] = [
    ['queued', 'assign', { isManager: true, assigneeGiven: true }, 'investigating'],
    ['queued', 'assign', { assigneeGiven: true }, 'FRAUD_NOT_MANAGER'],
    ['queued', 'assign', { isManager: true }, 'FRAUD_ASSIGNEE_REQUIRED'],
    ['investigating', 'interview', { isAssignee: true, note: '询问驾驶员' }, 'interviewing'],
    ['investigating', 'interview', { isAssignee: true }, 'FRAUD_REASON_REQUIRED'],
    ['investigating', 'interview', { isManager: true, note: 'x' }, 'FRAUD_NOT_INVESTIGATOR'],
    ['interviewing', 'conclude', { isAssignee: true, outcome: 'confirmed', note: '伪造单据' }, 'concluded'],
    ['interviewing', 'conclude', { isAssignee: true, note: '伪造单据' }, 'FRAUD_OUTCOME_REQUIRED'],
    ['concluded', 'approve', { isManager: true }, 'closed'],
    ['concluded', 'approve', { isManager: true, isConcluder: true }, 'FRAUD_SELF_APPROVAL'],
    ['concluded', 'sendBack', { isManager: true, note: '证据不足' }, 'investigating'],
    ['closed', 'approve', { isManager: true }, 'FRAUD_MOVE_NOT_ALLOWED'],
    ['queued', 'conclude', { isAssignee: true, outcome: 'cleared', note: 'x' }, 'FRAUD_MOVE_NOT_ALLOWED'],
  ];
  it.each(rows)('%s + %s', (from, event, facts, expected) => {
    const r = next(M, from as never, event as never, f(facts));
    expect(r.ok ? r.to : r.code).toBe(expected);
  });
});

describe('signal precision from approved outcomes', () => {
  it('counts each outcome per signal; inconclusive cases do not move the precision', () => {
    const p = signalPrecision(
      ['earlyLoss', 'lateReport', 'repeatPlate'],
      [
        { signals: ['earlyLoss', 'lateReport'], outcome: 'confirmed' },
        { signals: ['earlyLoss'], outcome: 'cleared' },
        { signals: ['earlyLoss'], outcome: 'inconclusive' },
        { signals: ['lateReport'], outcome: 'confirmed' },
      ],
    );
    expect(p).toEqual([
      { code: 'earlyLoss', confirmed: 1, cleared: 1, inconclusive: 1, precision: 0.5 },
      { code: 'lateReport', confirmed: 2, cleared: 0, inconclusive: 0, precision: 1 },
      { code: 'repeatPlate', confirmed: 0, cleared: 0, inconclusive: 0, precision: null },
    ]);
  });
});
