/** The first year a policy held here can start in (an earlier one is a typo such as 0226 for 2026); policy import uses it too. */
export const FIRST_POLICY_YEAR = 1950;

/**
 * The dates of a claim report that cannot be true. A refused date is told on its own field, so the agent sees at
 * once which one to correct, and no impossible date ever reaches the preliminary check (a knew-at before the
 * accident or in 1900 would otherwise come out as a time-barred report).
 */
export type ReportDates = { occurredAt: Date; knewAt?: Date | undefined };
export type ReportDateField = 'occurredAt' | 'knewAt';
export type ReportDateProblem = {
  field: ReportDateField;
  code: 'ACCIDENT_TOO_EARLY' | 'KNEW_BEFORE_ACCIDENT' | 'ACCIDENT_IN_FUTURE';
  zh: string;
  en: string;
};

// No policy the center holds starts before 1950 (policies/values.ts), so no earlier accident can be on one.
export const EARLIEST_ACCIDENT = new Date(`${FIRST_POLICY_YEAR}-01-01T00:00:00+08:00`);

/**
 * The problems that do not depend on the clock: an accident before the earliest policy, and learning of the
 * accident (Insurance Law art. 26 counts from then) before it happened. With `now`, also a date in the future.
 */
export const reportDateProblems = (d: ReportDates, now?: Date): ReportDateProblem[] => {
  const problems: ReportDateProblem[] = [];
  const t = d.occurredAt.getTime();
  if (t < EARLIEST_ACCIDENT.getTime()) {
    problems.push({
      field: 'occurredAt',
      code: 'ACCIDENT_TOO_EARLY',
      zh: `出险时间不能早于 ${FIRST_POLICY_YEAR} 年`,
      en: `The accident cannot be before ${FIRST_POLICY_YEAR}`,
    });
  }
  if (d.knewAt && d.knewAt.getTime() < t) {
    problems.push({
      field: 'knewAt',
      code: 'KNEW_BEFORE_ACCIDENT',
      zh: '知道出险的时间不能早于出险时间',
      en: 'The claimant cannot have learnt of the accident before it happened',
    });
  }
  if (now) {
    if (t > now.getTime()) {
      problems.push({
        field: 'occurredAt',
        code: 'ACCIDENT_IN_FUTURE',
        zh: '出险时间不能晚于报案时间',
        en: 'The accident cannot be later than the report',
      });
    }
    if (d.knewAt && d.knewAt.getTime() > now.getTime()) {
      problems.push({
        field: 'knewAt',
        code: 'ACCIDENT_IN_FUTURE',
        zh: '知道出险的时间不能晚于报案时间',
        en: 'The claimant cannot learn of the accident after reporting it',
      });
    }
  }
  return problems;
};
