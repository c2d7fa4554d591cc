import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  busyLineSettingsValid,
  busyLineStep,
  DEFAULT_BUSY_LINE_SETTINGS as CFG,
  type LineSample,
  lineIsBusy,
  lineIsCalm,
  offHookWithoutCall,
} from './line-watch.ts';

const sample = fc
  .record({
    queued: fc.integer({ min: 0, max: 40 }),
    offered: fc.integer({ min: 0, max: 200 }),
    abandoned: fc.integer({ min: 0, max: 200 }),
  })
  .map((s): LineSample => ({ ...s, abandoned: Math.min(s.abandoned, s.offered) }));

describe('busy line (seed 000 第二条, 第七条)', () => {
  it('the default settings are valid (clear thresholds below the raise ones)', () => {
    expect(busyLineSettingsValid(CFG)).toBe(true);
    expect(busyLineSettingsValid({ ...CFG, clearQueued: CFG.raiseQueued })).toBe(false);
  });

  it('raises on a queue at the threshold and on one caller in ten giving up over ten calls', () => {
    expect(busyLineStep(false, { queued: 5, offered: 0, abandoned: 0 }, CFG)).toBe('raise');
    expect(busyLineStep(false, { queued: 4, offered: 9, abandoned: 9 }, CFG)).toBe('stay');
    expect(busyLineStep(false, { queued: 0, offered: 10, abandoned: 1 }, CFG)).toBe('raise');
    expect(busyLineStep(false, { queued: 0, offered: 20, abandoned: 1 }, CFG)).toBe('stay');
  });

  it('keeps an open alert while between the thresholds and clears it when calm', () => {
    expect(busyLineStep(true, { queued: 3, offered: 0, abandoned: 0 }, CFG)).toBe('stay');
    expect(busyLineStep(true, { queued: 1, offered: 40, abandoned: 3 }, CFG)).toBe('stay');
    expect(busyLineStep(true, { queued: 1, offered: 40, abandoned: 2 }, CFG)).toBe('clear');
  });

  it('no sample is both busy and calm, so an alert never clears on the sample that raised it', () => {
    fc.assert(fc.property(sample, (s) => !(lineIsBusy(s, CFG) && lineIsCalm(s, CFG))));
  });

  it('over any run of samples, raises and clears alternate, starting with a raise: one alert per episode', () => {
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 60 }), (run) => {
        let open = false;
        const steps: string[] = [];
        for (const s of run) {
          const step = busyLineStep(open, s, CFG);
          if (step === 'raise') open = true;
          if (step === 'clear') open = false;
          if (step !== 'stay') steps.push(step);
        }
        return steps.every((st, i) => st === (i % 2 === 0 ? 'raise' : 'clear'));
      }),
    );
  });

  it('a raise needs a busy sample and a clear a calm one, for any valid settings', () => {
    const cfg = fc
      .record({
        windowMinutes: fc.integer({ min: 1, max: 60 }),
        raiseQueued: fc.integer({ min: 1, max: 20 }),
        clearQueued: fc.integer({ min: 0, max: 19 }),
        raiseAbandonRate: fc.double({ min: 0.01, max: 1, noNaN: true }),
        clearAbandonRate: fc.double({ min: 0, max: 0.99, noNaN: true }),
        minOffered: fc.integer({ min: 1, max: 30 }),
      })
      .filter(busyLineSettingsValid);
    fc.assert(
      fc.property(cfg, fc.boolean(), sample, (c, open, s) => {
        const step = busyLineStep(open, s, c);
        if (step === 'raise') return !open && lineIsBusy(s, c);
        if (step === 'clear') return open && lineIsCalm(s, c);
        return open ? !lineIsCalm(s, c) : !lineIsBusy(s, c);
      }),
    );
  });
});

describe('off-hook without a call (seed 000 第四条)', () => {
  const at = (m: number) => new Date(Date.UTC(2026, 2, 2, 1, m));
  it('flags only past the setting and only when no call came since the handset went off', () => {
    expect(offHookWithoutCall(at(0), null, at(2), 2)).toBe(false);
    expect(offHookWithoutCall(at(0), null, at(3), 2)).toBe(true);
    expect(offHookWithoutCall(at(0), at(1), at(30), 2)).toBe(false);
    expect(offHookWithoutCall(at(5), at(1), at(30), 2)).toBe(true);
    expect(offHookWithoutCall(null, null, at(30), 2)).toBe(false);
  });
});
