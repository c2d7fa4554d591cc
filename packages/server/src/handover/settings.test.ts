import { busyLineSettingsValid } from '@claimline/domain/duty';
import { describe, expect, it } from 'vitest';
import { DUTY_PRESENCE_SETTINGS as S } from './settings.ts';

describe('duty presence settings', () => {
  it('the busy-line thresholds clear below where they raise (no flapping alert), within the stale-ring limit', () => {
    expect(busyLineSettingsValid(S.busyLine)).toBe(true);
    expect(S.busyLine.windowMinutes).toBeLessThanOrEqual(S.ringingStaleMinutes);
  });
  it('the relief is escalated after the hand-over instant, and an off-hook is flagged after some minutes', () => {
    expect(S.reliefConfirmGraceMinutes).toBeGreaterThan(0);
    expect(S.offHookMinutes).toBeGreaterThan(0);
  });
});
