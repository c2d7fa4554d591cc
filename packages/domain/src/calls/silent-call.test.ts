import { describe, expect, it } from 'vitest';
import { STANDARD_SITUATIONS } from '../scripts/phrases.ts';
import { checkSilentCallLog, silentCallSteps } from './silent-call.ts';

const situation = STANDARD_SITUATIONS.find((s) => s.id === 'silentCall')!;
const steps = silentCallSteps(situation);

describe('silent-call protocol (seed 000 一(一)3)', () => {
  it('reads three lines with 5 s waits and a hang-up from the pack', () => {
    expect(steps.map((s) => s.waitSeconds)).toEqual([5, 5, 5]);
    expect(steps.map((s) => s.hangUpAfter)).toEqual([false, false, true]);
    expect(steps[2]!.say).toContain('您的电话没有声音');
  });

  it('accepts the protocol followed to the millisecond', () => {
    const log = {
      entries: [
        { step: 0, atMs: 0 },
        { step: 1, atMs: 5000 },
        { step: 2, atMs: 10_000 },
      ],
      hungUpAtMs: 15_000,
      customerSpoke: false,
    };
    expect(checkSilentCallLog(steps, log)).toEqual({ followed: true, problems: [] });
  });

  it('flags a line said 1 ms early and a hang-up 1 ms early', () => {
    const log = {
      entries: [
        { step: 0, atMs: 0 },
        { step: 1, atMs: 4999 },
        { step: 2, atMs: 10_000 },
      ],
      hungUpAtMs: 14_999,
      customerSpoke: false,
    };
    expect(checkSilentCallLog(steps, log).problems).toEqual([
      { kind: 'WAIT_TOO_SHORT', step: 1 },
      { kind: 'HUNG_UP_EARLY', step: 2 },
    ]);
  });

  it('flags missing steps, wrong order and a missing hang-up', () => {
    expect(
      checkSilentCallLog(steps, { entries: [{ step: 0, atMs: 0 }], hungUpAtMs: 9000, customerSpoke: false })
        .problems,
    ).toEqual([
      { kind: 'STEP_MISSING', step: 1 },
      { kind: 'STEP_MISSING', step: 2 },
    ]);
    expect(
      checkSilentCallLog(steps, {
        entries: [
          { step: 1, atMs: 0 },
          { step: 0, atMs: 6000 },
          { step: 2, atMs: 12_000 },
        ],
        hungUpAtMs: null,
        customerSpoke: false,
      }).problems.map((p) => p.kind),
    ).toEqual(['STEP_ORDER', 'STEP_ORDER', 'HANG_UP_MISSING']);
  });

  it('ends the protocol when the customer speaks', () => {
    expect(
      checkSilentCallLog(steps, { entries: [{ step: 0, atMs: 0 }], hungUpAtMs: null, customerSpoke: true }),
    ).toEqual({ followed: true, problems: [] });
  });
});
