import { describe, expect, expectTypeOf, it } from 'vitest';
import { allowedEvents, checkTable, next, type RefusalCodeOf, toMarkdown } from '../workflow/index.ts';
import { CLAIM_REPORT_MACHINE, type ClaimReportFacts, claimReportStateOf } from './follow-up.machine.ts';
import { type MajorCaseFacts, majorCaseReasons } from './major-case.rules.ts';

const quiet: MajorCaseFacts = {
  deaths: 0,
  outcomeUncertain: false,
  disputeTakenTo: [],
  mediaInvolved: false,
  litigation: 'none',
};
// Real facts through the real criteria (seed 003 重大案件): two deaths make a major case, one does not.
const given = (f: Partial<MajorCaseFacts>): ClaimReportFacts => {
  const facts = { ...quiet, ...f };
  return { major: { facts, reasons: majorCaseReasons(facts) }, checkFailed: false };
};
const plain: ClaimReportFacts = { major: null, checkFailed: false };
const failedCheck: ClaimReportFacts = { major: null, checkFailed: true };

describe('claim-report follow-up table', () => {
  it.each(checkTable(CLAIM_REPORT_MACHINE).map((c) => [c.name, c.problems] as const))(
    '%s',
    (_n, problems) => {
      expect(problems).toEqual([]);
    },
  );

  it('refuses only with the codes the follow-up has always used', () => {
    expectTypeOf<RefusalCodeOf<typeof CLAIM_REPORT_MACHINE>>().toEqualTypeOf<
      'MAJOR_CASE_NOT_FLAGGED' | 'CLAIM_NOTICE_NOT_NEEDED' | 'MAJOR_CASE_ALREADY_REPORTED'
    >();
  });

  it('cites the seed in its docs', () => {
    const md = toMarkdown(CLAIM_REPORT_MACHINE);
    expect(md).toContain('了解情况的24[小时]内');
    expect(md).toContain('信息初步审核');
    expect(md).toContain('ordinary --> majorFlagged: updateMajorFacts (majorCaseFlagged)');
  });
});

describe('claim-report follow-up rows with real facts', () => {
  it('reads the state off the report', () => {
    expect(claimReportStateOf({ major: false, reportedAt: null })).toBe('ordinary');
    expect(claimReportStateOf({ major: true, reportedAt: null })).toBe('majorFlagged');
    expect(claimReportStateOf({ major: true, reportedAt: new Date() })).toBe('majorReported');
  });

  it('flags a report whose new facts make it major, recorded as majorCaseFlagged with the 24-hour clock', () => {
    expect(next(CLAIM_REPORT_MACHINE, 'ordinary', 'updateMajorFacts', given({ deaths: 2 }))).toMatchObject({
      ok: true,
      to: 'majorFlagged',
      name: 'majorCaseFlagged',
      effects: ['saveMajorFacts', 'flagMajor', 'startReportClock'],
    });
    expect(
      next(CLAIM_REPORT_MACHINE, 'ordinary', 'updateMajorFacts', given({ litigation: 'likely' })),
    ).toMatchObject({ ok: true, name: 'majorCaseFlagged' });
  });

  it('only updates the facts when they are not major, or when the report is major already', () => {
    expect(next(CLAIM_REPORT_MACHINE, 'ordinary', 'updateMajorFacts', given({ deaths: 1 }))).toMatchObject({
      ok: true,
      to: 'ordinary',
      name: 'updateMajorFacts',
      effects: ['saveMajorFacts'],
    });
    // Once flagged a case stays major, even when an estimate drops.
    for (const from of ['majorFlagged', 'majorReported'] as const)
      expect(next(CLAIM_REPORT_MACHINE, from, 'updateMajorFacts', given({}))).toMatchObject({
        ok: true,
        to: from,
        name: 'updateMajorFacts',
      });
  });

  it('takes the major-case report once, from a flagged report only', () => {
    expect(next(CLAIM_REPORT_MACHINE, 'majorFlagged', 'submitMajorReport', plain)).toMatchObject({
      ok: true,
      to: 'majorReported',
      effects: ['recordReport', 'meetReportDeadline'],
    });
    expect(next(CLAIM_REPORT_MACHINE, 'ordinary', 'submitMajorReport', plain)).toMatchObject({
      ok: false,
      code: 'MAJOR_CASE_NOT_FLAGGED',
    });
    expect(next(CLAIM_REPORT_MACHINE, 'majorReported', 'submitMajorReport', plain)).toMatchObject({
      ok: false,
      code: 'MAJOR_CASE_ALREADY_REPORTED',
    });
  });

  it('records the written notice only for a report that failed the preliminary check', () => {
    for (const from of ['ordinary', 'majorFlagged', 'majorReported'] as const) {
      expect(next(CLAIM_REPORT_MACHINE, from, 'recordNotice', failedCheck)).toMatchObject({
        ok: true,
        to: from,
      });
      expect(next(CLAIM_REPORT_MACHINE, from, 'recordNotice', plain)).toMatchObject({
        ok: false,
        code: 'CLAIM_NOTICE_NOT_NEEDED',
      });
    }
  });

  it('offers the report and the notice only when they are owed', () => {
    expect(allowedEvents(CLAIM_REPORT_MACHINE, 'ordinary', plain)).toEqual(['updateMajorFacts']);
    expect(allowedEvents(CLAIM_REPORT_MACHINE, 'majorFlagged', failedCheck)).toEqual([
      'updateMajorFacts',
      'submitMajorReport',
      'recordNotice',
    ]);
    expect(allowedEvents(CLAIM_REPORT_MACHINE, 'majorReported', plain)).toEqual(['updateMajorFacts']);
  });
});
