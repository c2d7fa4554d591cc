import { TZDate } from '@date-fns/tz';
import { addYears, format } from 'date-fns';
import { BUSINESS_TIME_ZONE } from '../core/index.ts';

/**
 * Insurance Law art. 26: the limitation period for claiming is 2 years for insurance other than life
 * insurance and 5 years for life insurance, "自其知道或者应当知道保险事故发生之日起计算".
 */
export type InsuranceLine = 'nonLife' | 'life';
export type ClaimTimeLimitYears = Record<InsuranceLine, number>;
export const CLAIM_TIME_LIMIT_YEARS: ClaimTimeLimitYears = { nonLife: 2, life: 5 };

/**
 * Last day of the period, as a Beijing local date. Civil Code art. 201: the starting day is not counted;
 * art. 202: a period in years ends on the corresponding day of the final month, or on its last day when
 * there is none (29 February → 28 February). The period ends at 24:00 of that day (art. 203).
 */
export const claimTimeLimitLastDay = (
  knewAt: Date,
  line: InsuranceLine,
  years: ClaimTimeLimitYears = CLAIM_TIME_LIMIT_YEARS,
): string => format(addYears(new TZDate(knewAt.getTime(), BUSINESS_TIME_ZONE), years[line]), 'yyyy-MM-dd');

/** The first instant after the period: 00:00 Beijing time on the day after the last day. */
export const claimTimeLimitEnds = (
  knewAt: Date,
  line: InsuranceLine,
  years = CLAIM_TIME_LIMIT_YEARS,
): Date => {
  const [y, m, d] = claimTimeLimitLastDay(knewAt, line, years).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, BUSINESS_TIME_ZONE).getTime());
};

export const withinClaimTimeLimit = (
  knewAt: Date,
  reportedAt: Date,
  line: InsuranceLine,
  years = CLAIM_TIME_LIMIT_YEARS,
) => reportedAt.getTime() < claimTimeLimitEnds(knewAt, line, years).getTime();
