import type { InsuranceLine } from '../claims/claim-time-limit.ts';

/**
 * A policy as the center holds it (PRODUCT.md C2): what the hotline needs to find the policy and run the
 * preliminary check. Personal fields are plaintext only here, in memory; the server seals them before storage.
 * Amounts are integers in fen so that the 500,000 CNY boundaries of seed 003 are exact.
 */
export type PolicyRecord = {
  policyNo: string;
  branchCode: string;
  product: string;
  line: InsuranceLine;
  coveredPerils: string[];
  /** 00:00 Beijing time of the first day ("自…零时起"). */
  periodStart: Date;
  /** 24:00 Beijing time of the last day ("至…二十四时止"), i.e. 00:00 of the next day. */
  periodEnd: Date;
  sumInsuredFen: number;
  deductibleFen: number;
  /** 免赔率 in basis points of the amount it applies to (10,000 = 100 %); 0 = none. */
  deductibleRateBp: number;
  /** 赔付比例 in basis points: the share the insurer pays; 10,000 = all of it. */
  payoutRatioBp: number;
  policyholderName: string;
  insuredName: string;
  insuredIdNumber: string;
  insuredPhone: string | null;
  beneficiaries: { name: string; relation: string; sharePercent: number }[];
  plate: string | null;
  /**
   * 00:00 Beijing time of the day the sum insured was last raised (an optional column of the file; the endorsement
   * desk records it too): the fraud signal "loss soon after the sum insured was raised" reads it.
   */
  sumInsuredRaisedAt?: Date | null;
};
