import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClaimFacts, type KeyMatch, type SignalHit, scoreClaim } from './score.ts';
import {
  DEFAULT_FRAUD_SETTINGS,
  type FraudSettings,
  fraudSettingsProblems,
  SIGNAL_CODES,
} from './signals.ts';

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const base: ClaimFacts = {
  occurredAt: at('2026-06-01T02:00:00Z'),
  knewAt: at('2026-06-01T02:00:00Z'),
  reportedAt: at('2026-06-01T04:00:00Z'),
  policyStart: at('2025-01-01T00:00:00Z'),
  sumInsuredRaisedAt: null,
  sumInsuredFen: 100_000_00,
  amountFen: 20_000_00,
  approvalLimitsFen: [10_000_00, 50_000_00],
  matches: [],
  confirmedFraudLinks: 0,
};
const f = (x: Partial<ClaimFacts>): ClaimFacts => ({ ...base, ...x });
const m = (kind: KeyMatch['kind'], otherCaseId: string, samePerson = false, daysAgo = 10): KeyMatch => ({
  kind,
  otherCaseId,
  samePerson,
  at: new Date(base.occurredAt.getTime() - daysAgo * DAY),
});
const codes = (x: ClaimFacts, s: FraudSettings = DEFAULT_FRAUD_SETTINGS) =>
  scoreClaim(x, s).hits.map((h) => h.code);

describe('fraud signals, one row per signal', () => {
  const rows: [string, Partial<ClaimFacts>, string[]][] = [
    ['a clean claim fires nothing', {}, []],
    ['loss 10 days after the start', { policyStart: at('2026-05-22T02:00:00Z') }, ['earlyLoss']],
    ['loss 31 days after the start', { policyStart: at('2026-05-01T01:00:00Z') }, []],
    ['loss 5 days after a raise', { sumInsuredRaisedAt: at('2026-05-27T00:00:00Z') }, ['afterSumRaise']],
    [
      'two other reports on the ID',
      { matches: [m('idNumber', 'a', true), m('idNumber', 'b', true)] },
      ['repeatIdNumber'],
    ],
    ['one other report on the ID is not enough', { matches: [m('idNumber', 'a', true)] }, []],
    ['the same other claim matched twice counts once', { matches: [m('plate', 'a'), m('plate', 'a')] }, []],
    ['two other reports on the plate', { matches: [m('plate', 'a'), m('plate', 'b')] }, ['repeatPlate']],
    ['an old match is outside the window', { matches: [m('plate', 'a'), m('plate', 'b', false, 400)] }, []],
    [
      'the same person on one phone twice',
      { matches: [m('phone', 'a', true), m('phone', 'b', true)] },
      ['repeatPhone'],
    ],
    ['another person on the phone', { matches: [m('phone', 'a', false)] }, ['sharedContact']],
    ['another person at the address', { matches: [m('address', 'a', false)] }, ['sharedContact']],
    ['another person with the payee account', { matches: [m('payee', 'a', false)] }, ['sharedContact']],
    ['reported 3 days after knowing', { reportedAt: at('2026-06-04T03:00:00Z') }, ['lateReport']],
    ['reported 2 days after knowing exactly', { reportedAt: at('2026-06-03T02:00:00Z') }, []],
    ['amount 95% of the sum insured', { amountFen: 95_000_00 }, ['nearSumInsured']],
    ['amount 9,600 under a 10,000 limit', { amountFen: 9_600_00 }, ['justUnderLimit']],
    ['amount 10,000 at the limit', { amountFen: 10_000_00 }, ['justUnderLimit']],
    ['amount 9,400 outside the band', { amountFen: 9_400_00 }, []],
    ['no amount yet', { amountFen: null }, []],
    [
      'five other claims at one repair shop',
      { matches: ['a', 'b', 'c', 'd', 'e'].map((id) => m('repairShop', id)) },
      ['providerConcentration'],
    ],
    ['linked to a confirmed case', { confirmedFraudLinks: 1 }, ['linkedToFraud']],
  ];
  it.each(rows)('%s', (_name, facts, expected) => {
    expect(codes(f(facts))).toEqual(expected);
  });

  it('a disabled signal never fires, and its weight is what the setting says', () => {
    const s = structuredClone(DEFAULT_FRAUD_SETTINGS);
    s.signals.linkedToFraud.enabled = false;
    expect(codes(f({ confirmedFraudLinks: 2 }), s)).toEqual([]);
    s.signals.lateReport.weight = 7;
    const r = scoreClaim(f({ reportedAt: at('2026-06-10T00:00:00Z') }), s);
    expect(r.score).toBe(7);
    expect(r.hits[0]?.reason.zh).toBe('知悉出险后超过 2 天才报案');
  });

  it('membership of a possible ring (the link analysis) is a signal of its own, with the ring size in its reason', () => {
    expect(scoreClaim(f({ ringClaims: 0 }), DEFAULT_FRAUD_SETTINGS).hits).toEqual([]);
    const r = scoreClaim(f({ ringClaims: 6 }), DEFAULT_FRAUD_SETTINGS);
    expect(r.hits.map((h) => [h.code, h.weight])).toEqual([['ringMember', 30]]);
    expect(r.hits[0]?.reason.zh).toBe('属于关系网络标记的疑似团伙（共 6 起案件）');
    const off: FraudSettings = structuredClone(DEFAULT_FRAUD_SETTINGS);
    off.signals.ringMember.enabled = false;
    expect(scoreClaim(f({ ringClaims: 6 }), off).score).toBe(0);
  });

  it('extra hits (a ring membership) add to the score and explain themselves', () => {
    const ring: SignalHit = {
      code: 'fraudRing',
      weight: 30,
      reason: { zh: '属于团伙', en: 'Member of a ring' },
    };
    const r = scoreClaim(f({ confirmedFraudLinks: 1 }), DEFAULT_FRAUD_SETTINGS, [ring]);
    expect(r).toMatchObject({ score: 70, flagged: true });
    expect(r.hits.map((h) => h.code)).toEqual(['linkedToFraud', 'fraudRing']);
  });

  it('the defaults are valid settings', () => {
    expect(fraudSettingsProblems(DEFAULT_FRAUD_SETTINGS)).toEqual([]);
    expect(fraudSettingsProblems({ ...DEFAULT_FRAUD_SETTINGS, threshold: 0 })).toHaveLength(1);
  });
});

describe('fraud score properties', () => {
  const matchArb = fc.record({
    kind: fc.constantFrom(
      'idNumber',
      'plate',
      'phone',
      'address',
      'payee',
      'repairShop',
      'hospital',
      'doctor',
    ),
    otherCaseId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    samePerson: fc.boolean(),
    at: fc.integer({ min: -800, max: 800 }).map((d) => new Date(base.occurredAt.getTime() + d * DAY)),
  }) as fc.Arbitrary<KeyMatch>;
  const factsArb = fc.record({
    matches: fc.array(matchArb, { maxLength: 20 }),
    amountFen: fc.option(fc.integer({ min: 0, max: 200_000_00 }), { nil: null }),
    confirmedFraudLinks: fc.integer({ min: 0, max: 3 }),
    reportedDays: fc.integer({ min: 0, max: 30 }),
    startDays: fc.integer({ min: 0, max: 400 }),
  });
  const build = (x: typeof factsArb extends fc.Arbitrary<infer T> ? T : never) =>
    f({
      matches: x.matches,
      amountFen: x.amountFen,
      confirmedFraudLinks: x.confirmedFraudLinks,
      reportedAt: new Date(base.knewAt.getTime() + x.reportedDays * DAY),
      policyStart: new Date(base.occurredAt.getTime() - x.startDays * DAY),
    });

  it('the score is the capped sum of the hits and flags at the threshold', () => {
    fc.assert(
      fc.property(factsArb, (x) => {
        const r = scoreClaim(build(x), DEFAULT_FRAUD_SETTINGS);
        const sum = r.hits.reduce((s, h) => s + h.weight, 0);
        expect(r.score).toBe(Math.min(sum, DEFAULT_FRAUD_SETTINGS.cap));
        expect(r.flagged).toBe(r.score >= DEFAULT_FRAUD_SETTINGS.threshold);
        expect(new Set(r.hits.map((h) => h.code)).size).toBe(r.hits.length);
      }),
    );
  });

  it('more matches never lower the score (signals only count up)', () => {
    fc.assert(
      fc.property(factsArb, fc.array(matchArb, { maxLength: 5 }), (x, more) => {
        const a = scoreClaim(build(x), DEFAULT_FRAUD_SETTINGS).score;
        const b = scoreClaim(build({ ...x, matches: [...x.matches, ...more] }), DEFAULT_FRAUD_SETTINGS).score;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it('with every signal off the score is 0', () => {
    const off = structuredClone(DEFAULT_FRAUD_SETTINGS);
    for (const c of SIGNAL_CODES) off.signals[c].enabled = false;
    fc.assert(
      fc.property(factsArb, (x) => {
        expect(scoreClaim(build(x), off).score).toBe(0);
      }),
    );
  });
});
