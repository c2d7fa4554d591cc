/**
 * "Answered within 3 rings" (seed 001 第二篇 七(一): 所有对外服务的公司电话应在铃响三声之内接听; seed 000 一(四)1 treats an
 * answer after the third ring as a late answer that needs an apology). A PBX reports times, not rings, so rings are
 * counted from the ring start with a ring-cycle length that is a setting.
 */

/** Seed 001 第二篇 七(一): answer within three rings. */
export const DEFAULT_ANSWER_WITHIN_RINGS = 3;
/**
 * One ring cycle in seconds. Chinese exchanges ring 1 s on, 4 s off (a 5 s cadence); the seeds give no length, so
 * this is a setting (`ringSeconds`) to match the centre's PBX.
 */
export const DEFAULT_RING_SECONDS = 5;

export type RingSettings = { ringSeconds: number; answerWithinRings: number };
export const DEFAULT_RING_SETTINGS: RingSettings = {
  ringSeconds: DEFAULT_RING_SECONDS,
  answerWithinRings: DEFAULT_ANSWER_WITHIN_RINGS,
};

/**
 * The ring during which the call was answered: 1 for an answer in the first cycle (including at 0 s), 2 for the
 * second… An answer exactly at the end of ring n (t = n × ringSeconds) is counted as still in ring n, so
 * "within 3 rings" with 5 s rings means answered at most 15 s after the ring started.
 */
export const ringsBeforeAnswer = (ringStartedAt: Date, answeredAt: Date, ringSeconds: number): number => {
  const ms = Math.max(0, answeredAt.getTime() - ringStartedAt.getTime());
  return Math.max(1, Math.ceil(ms / (ringSeconds * 1000)));
};

/** True / false for an answered call; null for a call never answered (abandoned calls are counted elsewhere). */
export const answeredWithinRings = (
  ringStartedAt: Date,
  answeredAt: Date | null,
  settings: RingSettings = DEFAULT_RING_SETTINGS,
): boolean | null =>
  answeredAt === null
    ? null
    : ringsBeforeAnswer(ringStartedAt, answeredAt, settings.ringSeconds) <= settings.answerWithinRings;
