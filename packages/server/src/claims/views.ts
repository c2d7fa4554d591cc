import { isPerilCode, PERILS } from '@claimline/domain/claims';
import { beijingDateTimeOf, beijingDayOf } from '@claimline/domain/core';
import type { PolicySummaryRow } from '../policies/repository.ts';
import type { ReportSummaryRow } from './repository.ts';

export const yuan = (fen: string | number) => Number(fen) / 100;

/** The last covered local day: the period ends at 24:00 of it (stored as 00:00 of the next day). */
export const lastDayOf = (periodEnd: Date) => beijingDayOf(new Date(periodEnd.getTime() - 1));
export const localDay = beijingDayOf;
export const localDateTime = beijingDateTimeOf;

export const perilLabel = (code: string) => (isPerilCode(code) ? PERILS[code] : { zh: code, en: code });

/** A policy as the agent sees it: personal fields masked (C11). */
export const policyView = (p: PolicySummaryRow, now: Date) => ({
  id: p.id,
  policyNo: p.policy_no,
  branchCode: p.branch_code,
  product: p.product,
  line: p.line,
  coveredPerils: p.covered_perils.map((code) => ({ code, ...perilLabel(code) })),
  periodStart: p.period_start.toISOString(),
  periodEnd: p.period_end.toISOString(),
  periodFirstDay: localDay(p.period_start),
  periodLastDay: lastDayOf(p.period_end),
  inForce: p.period_start.getTime() <= now.getTime() && now.getTime() < p.period_end.getTime(),
  sumInsuredYuan: yuan(p.sum_insured_fen),
  deductibleYuan: yuan(p.deductible_fen),
  deductibleRateBp: p.deductible_rate_bp,
  payoutRatioBp: p.payout_ratio_bp,
  policyholderName: p.policyholder_name_masked,
  insuredName: p.insured_name_masked,
  insuredIdNumber: p.insured_id_masked,
  insuredPhone: p.insured_phone_masked,
  beneficiaries: p.beneficiaries_masked as unknown[],
  plate: p.plate_masked,
});

export const reportSummaryView = (r: ReportSummaryRow) => ({
  caseId: r.case_id,
  number: r.number,
  status: r.status,
  policyId: r.policy_id,
  occurredAt: r.occurred_at.toISOString(),
  place: r.place,
  cause: r.cause,
  major: r.major,
  ownerName: r.owner_name,
  registeredAt: r.created_at.toISOString(),
});
