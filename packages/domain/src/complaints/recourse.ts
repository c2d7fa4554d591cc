import { addCalendarDays, type BusinessCalendar } from '../calendar/index.ts';
import { beijingDayOf } from '../core/index.ts';
/**
 * 办法 (2020) art. 20: "投诉人对银行保险机构分支机构消费投诉处理结果有异议的，可以自收到处理决定之日起30日内向其上级机构书面
 * 申请核查。核查机构应当……自收到核查申请之日起30日内作出核查决定并告知投诉人" (natural days, art. 43 ¶2).
 */
export const REVIEW_APPLICATION_DAYS = 30;
/** 办法 (2020) art. 20: the reviewing institution decides within 30 days of the application. */
export const REVIEW_DECISION_DAYS = 30;

export type RecourseInput = {
  /**
   * The institution above the one that decided, or null when head office decided: art. 20's review (核查) is
   * against a branch's decision, so head office's letter names no review body.
   */
  superiorName: string | null;
  applicationDays?: number;
};

/**
 * The recourse paragraph of the decision letter. 办法 (2020) art. 19: with the decision the complainant is told
 * "可以采取的申请核查、调解、仲裁、诉讼等救济途径"; art. 20 gives the review body and its 30 days.
 */
export const recourseText = ({ superiorName, applicationDays = REVIEW_APPLICATION_DAYS }: RecourseInput) => {
  const review = superiorName
    ? `可以自收到本决定之日起${applicationDays}日内向${superiorName}书面申请核查，` +
      `${superiorName}将自收到核查申请之日起${REVIEW_DECISION_DAYS}日内作出核查决定并告知您；也`
    : '';
  return `如您对上述处理决定有异议，${review}可以依法通过调解、仲裁或者诉讼等途径解决。`;
};

/**
 * Until when a review may be applied for (办法 2020 art. 20, "自收到处理决定之日起30日内"): the day the complainant
 * was told does not count (民法典 art. 201 ¶1), the days are natural days (办法 art. 43 ¶2) and the last one ends at
 * 24:00 (民法典 art. 203 ¶2); a last day that is a statutory day off moves to the next working day (art. 203 ¶1).
 * The institution's own limits do not roll (docs/ARCHITECTURE.md): that is never later for the complainant. Here it
 * is the complainant's right that is counted, and rolling never cuts it short.
 */
export const reviewWindow = (
  informedAt: Date,
  now: Date,
  calendar: BusinessCalendar,
  days: number = REVIEW_APPLICATION_DAYS,
) => {
  const endsAt = addCalendarDays(calendar, informedAt, days, { rollToWorkingDay: true }).value;
  return {
    /** The last local day (YYYY-MM-DD) an application is in time. */
    lastDay: beijingDayOf(new Date(endsAt.getTime() - 1)),
    endsAt,
    open: now.getTime() < endsAt.getTime(),
  };
};

/** The review body's decision: the branch's decision stands, or it is changed (the findings say how). */
export const REVIEW_OUTCOMES = ['upheld', 'changed'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
