import type { StandardSituation } from '../scripts/phrases.ts';

/**
 * The silent-call protocol (seed 000 一(一)3): greet, wait 5 s, greet again, wait 5 s, say the line is silent and
 * to call again, wait 5 s, hang up. The lines and waits come from the `silentCall` situation of the standard-phrase
 * pack, so a service manager who edits the pack edits the protocol.
 */

export type SilentStep = { index: number; say: string; waitSeconds: number; hangUpAfter: boolean };

export const silentCallSteps = (situation: StandardSituation): SilentStep[] =>
  situation.steps.map((s, index) => ({
    index,
    say: s.say,
    waitSeconds: s.waitSeconds ?? 0,
    hangUpAfter: s.after === 'hangUp',
  }));

/** One line as the agent logged it: which step, when it was said (ms since the call was answered). */
export type SilentLogEntry = { step: number; atMs: number };
export type SilentLog = { entries: SilentLogEntry[]; hungUpAtMs: number | null; customerSpoke: boolean };

export type SilentCheck = {
  /** Every step said, in order, each after the previous step's wait, and the hang-up after the last wait. */
  followed: boolean;
  problems: {
    kind: 'STEP_MISSING' | 'STEP_ORDER' | 'WAIT_TOO_SHORT' | 'HUNG_UP_EARLY' | 'HANG_UP_MISSING';
    step: number;
  }[];
};

/**
 * Checks a logged protocol against the steps. If the customer spoke, the protocol ended there and the remaining
 * steps are not required. A wait is measured from one line to the next (or to the hang-up), in whole
 * milliseconds, so a line said 4,999 ms after the previous one is too early.
 */
export const checkSilentCallLog = (steps: readonly SilentStep[], log: SilentLog): SilentCheck => {
  const problems: SilentCheck['problems'] = [];
  const entries = log.entries;
  entries.forEach((e, i) => {
    if (e.step !== i) problems.push({ kind: 'STEP_ORDER', step: e.step });
  });
  if (!log.customerSpoke) {
    for (let i = entries.length; i < steps.length; i++) problems.push({ kind: 'STEP_MISSING', step: i });
  }
  for (let i = 1; i < entries.length; i++) {
    const prev = steps[entries[i - 1]!.step];
    if (prev && entries[i]!.atMs - entries[i - 1]!.atMs < prev.waitSeconds * 1000)
      problems.push({ kind: 'WAIT_TOO_SHORT', step: entries[i]!.step });
  }
  const last = entries.at(-1);
  const lastStep = last ? steps[last.step] : undefined;
  if (!log.customerSpoke && last && lastStep) {
    if (log.hungUpAtMs === null) {
      if (lastStep.hangUpAfter) problems.push({ kind: 'HANG_UP_MISSING', step: last.step });
    } else if (log.hungUpAtMs - last.atMs < lastStep.waitSeconds * 1000) {
      problems.push({ kind: 'HUNG_UP_EARLY', step: last.step });
    }
  }
  return { followed: problems.length === 0, problems };
};
