import { describe, expect, it } from 'vitest';
import { next } from '../workflow/index.ts';
import { inArea, inForce } from './area.ts';
import { CATASTROPHE_MACHINE, type CatastropheFacts } from './catastrophe.machine.ts';
import { quickReportPriority } from './quick-report.ts';

const f = (x: Partial<CatastropheFacts>): CatastropheFacts => ({
  atHeadOffice: false,
  note: undefined,
  ...x,
});

describe('catastrophe machine', () => {
  it.each([
    ['declared', 'activate', f({ atHeadOffice: true }), { ok: true, to: 'active' }],
    ['declared', 'activate', f({}), { ok: false, code: 'CATASTROPHE_HEAD_OFFICE_ONLY' }],
    ['active', 'close', f({ atHeadOffice: true }), { ok: false, code: 'CATASTROPHE_NOTE_REQUIRED' }],
    ['active', 'close', f({ atHeadOffice: true, note: '台风已过境' }), { ok: true, to: 'closed' }],
    ['declared', 'cancel', f({ atHeadOffice: true, note: '预报有误' }), { ok: true, to: 'closed' }],
    [
      'active',
      'cancel',
      f({ atHeadOffice: true, note: 'x' }),
      { ok: false, code: 'CATASTROPHE_TRANSITION_NOT_ALLOWED' },
    ],
    [
      'closed',
      'activate',
      f({ atHeadOffice: true }),
      { ok: false, code: 'CATASTROPHE_TRANSITION_NOT_ALLOWED' },
    ],
  ] as const)('%s --%s--> %o', (from, event, facts, expected) => {
    expect(next(CATASTROPHE_MACHINE, from, event, facts)).toMatchObject(expected);
  });
});

describe('reach', () => {
  const at = (s: string) => new Date(s);
  const c = {
    state: 'active',
    areaBranchIds: ['zj'],
    startsAt: at('2026-09-01T00:00:00Z'),
    endsAt: at('2026-09-05T00:00:00Z'),
  };
  it('covers a named branch and every branch below it', () => {
    expect(inArea(c.areaBranchIds, ['zj-hz', 'zj', 'ho'])).toBe(true);
    expect(inArea(c.areaBranchIds, ['bj', 'ho'])).toBe(false);
  });
  it('is in force only while active and inside its period', () => {
    expect(inForce(c, at('2026-09-02T00:00:00Z'))).toBe(true);
    expect(inForce(c, at('2026-09-05T00:00:00Z'))).toBe(false);
    expect(inForce(c, at('2026-08-31T23:59:59Z'))).toBe(false);
    expect(inForce({ ...c, state: 'declared' }, at('2026-09-02T00:00:00Z'))).toBe(false);
    expect(inForce({ ...c, endsAt: null }, at('2027-01-01T00:00:00Z'))).toBe(true);
  });
  it('puts people at risk before the other reports of the event', () => {
    expect(quickReportPriority({ peopleAtRisk: true })).toBeGreaterThan(
      quickReportPriority({ peopleAtRisk: false }),
    );
  });
});
