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
  return { major: { facts, reasons: majorCaseReasons(facts) }, checkFailed: false, atHeadOffice: false };
};
const plain: ClaimReportFacts = { major: null, checkFailed: false, atHeadOffice: false };
const headOffice: ClaimReportFacts = { ...plain, atHeadOffice: true };
const failedCheck: ClaimReportFacts = { major: null, checkFailed: true, atHeadOffice: false };

describe('claim-report follow-up table', () => {
  it.each(checkTable(CLAIM_REPORT_MACHINE).map((c) => [c.name, c.problems] as const))(
    '%s',
    (_n, problems) => {
      expect(problems).toEqual([]);
    },
  );

  it('refuses with the codes the follow-up has always used, plus the acknowledgement ones', () => {
    expectTypeOf<RefusalCodeOf<typeof CLAIM_REPORT_MACHINE>>().toEqualTypeOf<
      | 'MAJOR_CASE_NOT_FLAGGED'
      | 'CLAIM_NOTICE_NOT_NEEDED'
      | 'MAJOR_CASE_ALREADY_REPORTED'
      | 'MAJOR_REPORT_HEAD_OFFICE_ONLY'
      | 'MAJOR_REPORT_NOT_SENT'
      | 'MAJOR_REPORT_ALREADY_ACKNOWLEDGED'
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
    const none = { reportedAt: null, acknowledgedAt: null };
    expect(claimReportStateOf({ ...none, major: false })).toBe('ordinary');
    expect(claimReportStateOf({ ...none, major: true })).toBe('majorFlagged');
    expect(claimReportStateOf({ ...none, major: true, reportedAt: new Date() })).toBe('majorReported');
    const both = { major: true, reportedAt: new Date(), acknowledgedAt: new Date() };
    expect(claimReportStateOf(both)).toBe('majorAcknowledged');
  });

  it('flags a report whose new facts make it major, recorded as majorCaseFlagged with the 24-hour clock', () => {
    expect(next(CLAIM_REPORT_MACHINE, 'ordinary', 'updateMajorFacts', given({ deaths: 2 }))).toMatchObject({
      ok: true,
      to: 'majorFlagged',
      name: 'majorCaseFlagged',
      effects: ['saveMajorFacts', 'flagMajor', 'startReportClock', 'notifyHeadOffice'],
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
    for (const from of ['majorFlagged', 'majorReported', 'majorAcknowledged'] as const)
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
      effects: ['recordReport', 'meetReportDeadline', 'notifyHeadOffice'],
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

  it('lets head office itself acknowledge a sent report, once', () => {
    expect(next(CLAIM_REPORT_MACHINE, 'majorReported', 'acknowledgeMajorReport', headOffice)).toMatchObject({
      ok: true,
      to: 'majorAcknowledged',
      effects: ['recordAcknowledgement'],
    });
    expect(next(CLAIM_REPORT_MACHINE, 'majorReported', 'acknowledgeMajorReport', plain)).toMatchObject({
      ok: false,
      code: 'MAJOR_REPORT_HEAD_OFFICE_ONLY',
    });
    expect(next(CLAIM_REPORT_MACHINE, 'majorFlagged', 'acknowledgeMajorReport', headOffice)).toMatchObject({
      ok: false,
      code: 'MAJOR_REPORT_NOT_SENT',
    });
    expect(
      next(CLAIM_REPORT_MACHINE, 'majorAcknowledged', 'acknowledgeMajorReport', headOffice),
    ).toMatchObject({ ok: false, code: 'MAJOR_REPORT_ALREADY_ACKNOWLEDGED' });
  });

  it('records the written notice only for a report that failed the preliminary check', () => {
    for (const from of ['ordinary', 'majorFlagged', 'majorReported', 'majorAcknowledged'] as const) {
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
    expect(allowedEvents(CLAIM_REPORT_MACHINE, 'majorReported', headOffice)).toEqual([
      'updateMajorFacts',
      'acknowledgeMajorReport',
    ]);
  });
});
