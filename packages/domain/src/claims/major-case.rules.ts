/**
 * Major cases (重大案件), seed 003 §(二) "重大案件": reported to head office within 24 hours of the report
 * or of learning the facts when any one criterion holds. Amounts are integers in fen (分) so that the
 * 500,000 CNY boundary is exact.
 */
export type MajorCaseSettings = {
  /** Seed 003 重大案件 1): "一次事故导致2人或2人以上死亡". */
  minDeaths: number;
  /** Seed 003 重大案件 2): "预计理赔金额超过50万元" (strictly over). */
  payoutOverFen: number;
  /** Seed 003 重大案件 2): "保险金额超过50万元,发生重大事故后结果暂时无法确定". */
  sumInsuredOverFen: number;
  /** Seed 003 重大案件: "在接到报案或了解情况的24[小时]内向总部呈报". */
  reportWithinHours: number;
};

export const DEFAULT_MAJOR_CASE_SETTINGS: MajorCaseSettings = {
  minDeaths: 2,
  payoutOverFen: 500_000_00,
  sumInsuredOverFen: 500_000_00,
  reportWithinHours: 24,
};

export type DisputeForum = 'regulator' | 'association' | 'media';

export type MajorCaseFacts = {
  deaths: number;
  estimatedPayoutFen?: number | undefined;
  sumInsuredFen?: number | undefined;
  /** The outcome of the accident cannot yet be determined (e.g. the injured are still in hospital). */
  outcomeUncertain: boolean;
  /** Forums the dispute was taken to, or threatened to be taken to. */
  disputeTakenTo: readonly DisputeForum[];
  mediaInvolved: boolean;
  litigation: 'none' | 'likely' | 'started';
};

export type MajorCaseReason = {
  code: 'deaths' | 'estimatedPayout' | 'sumInsuredUncertain' | 'disputeEscalated' | 'litigation';
  source: string;
};

export const majorCaseReasons = (
  f: MajorCaseFacts,
  s: MajorCaseSettings = DEFAULT_MAJOR_CASE_SETTINGS,
): MajorCaseReason[] => {
  const reasons: MajorCaseReason[] = [];
  if (f.deaths >= s.minDeaths) reasons.push({ code: 'deaths', source: 'seed 003 重大案件 1)' });
  if ((f.estimatedPayoutFen ?? 0) > s.payoutOverFen)
    reasons.push({ code: 'estimatedPayout', source: 'seed 003 重大案件 2)' });
  if (f.outcomeUncertain && (f.sumInsuredFen ?? 0) > s.sumInsuredOverFen) {
    reasons.push({ code: 'sumInsuredUncertain', source: 'seed 003 重大案件 2)' });
  }
  if (f.disputeTakenTo.length > 0 || f.mediaInvolved) {
    reasons.push({ code: 'disputeEscalated', source: 'seed 003 重大案件 3)' });
  }
  if (f.litigation !== 'none') reasons.push({ code: 'litigation', source: 'seed 003 重大案件 4)' });
  return reasons;
};

export const isMajorCase = (f: MajorCaseFacts, s: MajorCaseSettings = DEFAULT_MAJOR_CASE_SETTINGS) =>
  majorCaseReasons(f, s).length > 0;

/** 24 elapsed hours (not working hours): the seed counts from the report or from learning the fact. */
export const majorCaseReportDue = (learnedAt: Date, s: MajorCaseSettings = DEFAULT_MAJOR_CASE_SETTINGS) =>
  new Date(learnedAt.getTime() + s.reportWithinHours * 3_600_000);
