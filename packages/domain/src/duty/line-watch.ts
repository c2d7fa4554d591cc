/**
 * Watching the line (issue #16 parts 4 and 5), pure:
 * - seed 000 第二条 "电话繁忙时，服务专线要及时增加人员" and 第七条 "必须保持专线畅通": when callers queue or give up
 *   over a threshold in a recent window, the duty lead is told to add staff, once per busy episode. The alert clears
 *   only below lower thresholds (hysteresis), so a line hovering at the threshold does not raise it every minute.
 * - 第四条 "严禁将电话摘机，有意造成电话忙音": an agent off-hook for longer than a setting without a call is flagged.
 */

/** What the call records say about a branch's line at one moment. */
export type LineSample = {
  /** Inbound calls ringing now, not yet answered (the queue). */
  queued: number;
  /** Inbound calls that started ringing in the window. */
  offered: number;
  /** Of those, ended without an answer (callers who gave up). */
  abandoned: number;
};

export type BusyLineSettings = {
  /** The recent window the abandonment rate is taken over, in minutes. */
  windowMinutes: number;
  /** Raise when this many callers (or more) are queued. */
  raiseQueued: number;
  /** Clear only when the queue is down to this many (or fewer); below raiseQueued. */
  clearQueued: number;
  /** Raise when the share of callers giving up in the window reaches this (0–1). */
  raiseAbandonRate: number;
  /** Clear only when the share is down to this (or lower); below raiseAbandonRate. */
  clearAbandonRate: number;
  /** The abandonment rate counts only over at least this many offered calls (two hang-ups of three are noise). */
  minOffered: number;
};

export const DEFAULT_BUSY_LINE_SETTINGS: BusyLineSettings = {
  // seed 000 第七条 保持专线畅通: the last quarter hour is what the duty lead can still act on.
  windowMinutes: 15,
  // seed 000 第二条 电话繁忙时及时增加人员: five callers waiting is a busy line for a branch hotline (centre setting).
  raiseQueued: 5,
  // seed 000 第二条: the alert ends when at most one caller waits.
  clearQueued: 1,
  // seed 000 第七条: one caller in ten giving up (a common call-centre ceiling) is a line that is not open.
  raiseAbandonRate: 0.1,
  // seed 000 第七条: calm again at one in twenty.
  clearAbandonRate: 0.05,
  // seed 000 第七条: the rate is read over ten calls at least.
  minOffered: 10,
};

export const abandonRate = (s: LineSample) => (s.offered === 0 ? 0 : s.abandoned / s.offered);

/** Over a raise threshold: the queue, or the share giving up over enough calls. */
export const lineIsBusy = (s: LineSample, cfg: BusyLineSettings) =>
  s.queued >= cfg.raiseQueued || (s.offered >= cfg.minOffered && abandonRate(s) >= cfg.raiseAbandonRate);

/** Under both clear thresholds (too few calls to read a rate count as calm on the rate). */
export const lineIsCalm = (s: LineSample, cfg: BusyLineSettings) =>
  s.queued <= cfg.clearQueued && (s.offered < cfg.minOffered || abandonRate(s) <= cfg.clearAbandonRate);

export type BusyLineStep = 'raise' | 'clear' | 'stay';

/** The next step of a branch's alert: raised only when none is open, cleared only when one is and the line calms. */
export const busyLineStep = (open: boolean, s: LineSample, cfg: BusyLineSettings): BusyLineStep => {
  if (!open) return lineIsBusy(s, cfg) ? 'raise' : 'stay';
  return lineIsCalm(s, cfg) ? 'clear' : 'stay';
};

/** Settings whose clear thresholds are not below the raise ones would let the alert flap: refused. */
export const busyLineSettingsValid = (cfg: BusyLineSettings) =>
  cfg.windowMinutes > 0 &&
  cfg.clearQueued < cfg.raiseQueued &&
  cfg.clearAbandonRate < cfg.raiseAbandonRate &&
  cfg.minOffered >= 1;

/** 第四条: how long off-hook without a call before the presence wall flags it (centre setting, minutes). */
export const DEFAULT_OFF_HOOK_MINUTES = 2;

/**
 * Off-hook longer than `minutes` with no call answered or ringing for the agent since the handset went off: the
 * line is busy to callers while nobody talks (第四条). `lastCallAt` is the latest ring or answer of the agent's calls.
 */
export const offHookWithoutCall = (
  offHookSince: Date | null,
  lastCallAt: Date | null,
  now: Date,
  minutes: number,
) => {
  if (offHookSince === null) return false;
  if (lastCallAt !== null && lastCallAt.getTime() >= offHookSince.getTime()) return false;
  return now.getTime() - offHookSince.getTime() > minutes * 60_000;
};
