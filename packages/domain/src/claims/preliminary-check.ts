import {
  CLAIM_TIME_LIMIT_YEARS,
  claimTimeLimitLastDay,
  type InsuranceLine,
  withinClaimTimeLimit,
} from './claim-time-limit.ts';

/**
 * Preliminary check of a claim report against the policy (seed 003 §(二) 信息初步审核):
 * 1) the accident date is inside the policy period; 2) the accident is a covered peril; 3) the report is
 * inside the claim time limit. A failure is told to the customer in writing with the reason, copies are
 * archived and originals returned.
 */
export type PolicyForCheck = {
  /** Instants: policies run "自…零时起至…二十四时止", so the end is 24:00 of the last day. */
  periodStart: Date;
  periodEnd: Date;
  coveredPerils: readonly string[];
  line: InsuranceLine;
};

export type ReportForCheck = { occurredAt: Date; cause: string; knewAt: Date; reportedAt: Date };

export type CheckFailure = {
  code: 'OUTSIDE_POLICY_PERIOD' | 'PERIL_NOT_COVERED' | 'CLAIM_TIME_LIMIT_EXPIRED';
  reasonZh: string;
  reasonEn: string;
  source: string;
};

export const preliminaryCheck = (
  policy: PolicyForCheck,
  report: ReportForCheck,
  years: Record<InsuranceLine, number> = CLAIM_TIME_LIMIT_YEARS,
): { ok: boolean; failures: CheckFailure[] } => {
  const failures: CheckFailure[] = [];
  const t = report.occurredAt.getTime();
  if (t < policy.periodStart.getTime() || t >= policy.periodEnd.getTime()) {
    failures.push({
      code: 'OUTSIDE_POLICY_PERIOD',
      reasonZh: '保险事故发生日期不在保险期间内',
      reasonEn: 'The accident happened outside the policy period',
      source: 'seed 003 §(二) 信息初步审核 1)',
    });
  }
  if (!policy.coveredPerils.includes(report.cause)) {
    failures.push({
      code: 'PERIL_NOT_COVERED',
      reasonZh: '保险事故不属于保险责任范围',
      reasonEn: 'The cause of the accident is not a covered peril',
      source: 'seed 003 §(二) 信息初步审核 2)',
    });
  }
  if (!withinClaimTimeLimit(report.knewAt, report.reportedAt, policy.line, years)) {
    const last = claimTimeLimitLastDay(report.knewAt, policy.line, years);
    failures.push({
      code: 'CLAIM_TIME_LIMIT_EXPIRED',
      reasonZh: `已超过保险金请求时效(${years[policy.line]}年,至${last}止)`,
      reasonEn: `The claim time limit (${years[policy.line]} years, last day ${last}) has passed`,
      source: 'Insurance Law art. 26; seed 003 §(二) 信息初步审核 3)',
    });
  }
  return { ok: failures.length === 0, failures };
};
