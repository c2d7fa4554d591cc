import { DEFAULT_CHECK_IN_LEAD_MINUTES, type HandoverSettings } from '@claimline/domain/duty';

/** The duty rules of the hand-over, presence and faults, each a named setting with its source. */
export type DutyPresenceSettings = HandoverSettings & {
  longNotReadyMinutes: number;
  longBreakMinutes: number;
  registerLimit: number;
};

export const DUTY_PRESENCE_SETTINGS: DutyPresenceSettings = {
  // seed 000 第十条 "接班人员应提前5分钟到达值班室".
  checkInLeadMinutes: DEFAULT_CHECK_IN_LEAD_MINUTES,
  // seed 000 第四条 no phone left off-hook: a not-ready longer than this is flagged on the presence wall.
  longNotReadyMinutes: 10,
  // seed 000 第七条 rotating meals and rests: a break or meal longer than this is flagged.
  longBreakMinutes: 40,
  // seed 000 第十条 hand-over register: how many signed hand-overs one page of the register lists.
  registerLimit: 200,
};
