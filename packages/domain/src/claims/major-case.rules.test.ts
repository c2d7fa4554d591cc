import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isMajorCase,
  type MajorCaseFacts,
  majorCaseReasons,
  majorCaseReportDue,
} from './major-case.rules.ts';

const calm: MajorCaseFacts = {
  deaths: 0,
  outcomeUncertain: false,
  disputeTakenTo: [],
  mediaInvolved: false,
  litigation: 'none',
};

describe('major case criteria (seed 003 重大案件)', () => {
  it('flags two deaths in one accident, not one', () => {
    expect(isMajorCase({ ...calm, deaths: 1 })).toBe(false);
    expect(majorCaseReasons({ ...calm, deaths: 2 }).map((r) => r.code)).toEqual(['deaths']);
  });

  it('treats exactly 500,000 CNY as not over, 500,000.01 as over', () => {
    expect(isMajorCase({ ...calm, estimatedPayoutFen: 500_000_00 })).toBe(false);
    expect(isMajorCase({ ...calm, estimatedPayoutFen: 500_000_01 })).toBe(true);
  });

  it('needs an uncertain outcome for the sum-insured criterion', () => {
    expect(isMajorCase({ ...calm, sumInsuredFen: 800_000_00 })).toBe(false);
    expect(isMajorCase({ ...calm, sumInsuredFen: 500_000_00, outcomeUncertain: true })).toBe(false);
    expect(majorCaseReasons({ ...calm, sumInsuredFen: 500_000_01, outcomeUncertain: true })[0]?.code).toBe(
      'sumInsuredUncertain',
    );
  });

  it('flags disputes taken or threatened to the regulator, an association or the media, and media involvement', () => {
    for (const forum of ['regulator', 'association', 'media'] as const) {
      expect(isMajorCase({ ...calm, disputeTakenTo: [forum] })).toBe(true);
    }
    expect(isMajorCase({ ...calm, mediaInvolved: true })).toBe(true);
  });

  it('flags litigation likely or started', () => {
    expect(isMajorCase({ ...calm, litigation: 'likely' })).toBe(true);
    expect(isMajorCase({ ...calm, litigation: 'started' })).toBe(true);
  });

  it('is due 24 elapsed hours after the report or learning of the fact', () => {
    expect(majorCaseReportDue(new Date('2026-09-30T20:00:00Z')).toISOString()).toBe(
      '2026-10-01T20:00:00.000Z',
    );
  });

  it('never stops being major when a number grows (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(10),
        fc.nat(2_000_000_00),
        fc.nat(100_000_00),
        fc.boolean(),
        (deaths, payout, more, uncertain) => {
          const a = {
            ...calm,
            deaths,
            estimatedPayoutFen: payout,
            sumInsuredFen: payout,
            outcomeUncertain: uncertain,
          };
          const b = {
            ...a,
            deaths: deaths + 1,
            estimatedPayoutFen: payout + more,
            sumInsuredFen: payout + more,
          };
          if (isMajorCase(a)) expect(isMajorCase(b)).toBe(true);
        },
      ),
    );
  });
});
