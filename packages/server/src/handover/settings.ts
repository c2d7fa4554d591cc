import {
  type BusyLineSettings,
  DEFAULT_BUSY_LINE_SETTINGS,
  DEFAULT_CHECK_IN_LEAD_MINUTES,
  DEFAULT_OFF_HOOK_MINUTES,
  type HandoverSettings,
} from '@claimline/domain/duty';

/** The duty rules of the hand-over, presence and faults, each a named setting with its source. */
export type DutyPresenceSettings = HandoverSettings & {
  longNotReadyMinutes: number;
  longBreakMinutes: number;
  registerLimit: number;
  upcomingHours: number;
  offHookMinutes: number;
  reliefConfirmGraceMinutes: number;
  busyLine: BusyLineSettings;
  ringingStaleMinutes: number;
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
  // seed 000 第十条: the hand-over is prepared before the change (check-in, the outgoing shift's statistics), so
  // today's list also shows the changes of the next hours, across midnight (a night change at 00:15 is prepared
  // at 23:50).
  upcomingHours: 4,
  // seed 000 第四条 严禁将电话摘机: off-hook this long without a call is flagged on the presence wall.
  offHookMinutes: DEFAULT_OFF_HOOK_MINUTES,
  // seed 000 第十一条 接班人员未到岗: this long after the outgoing shift's end without the incoming agent's
  // confirmation, the deadline sweeper escalates to the service manager.
  reliefConfirmGraceMinutes: 15,
  // seed 000 第二条 电话繁忙时及时增加人员, 第七条 保持专线畅通: the busy-line thresholds (domain line-watch.ts).
  busyLine: DEFAULT_BUSY_LINE_SETTINGS,
  // seed 000 第七条: a call still 'ringing' after this long lost its end event in the CTI feed; not a queued caller.
  ringingStaleMinutes: 30,
};
