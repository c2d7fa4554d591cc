import { describe, expect, it } from 'vitest';
import { scenePreservationRequired } from './scene.ts';

const base = {
  occurredAt: new Date('2026-11-22T00:00:00Z'),
  reportedAt: new Date('2026-11-22T02:00:00Z'),
  cause: 'collision',
  deaths: 0,
  injuryDegree: 'none',
};
const hours = (h: number) => new Date(base.occurredAt.getTime() + h * 3_600_000);

describe('scenePreservationRequired (seed 003 §(二) 现场保全)', () => {
  it.each([
    ['accidental death reported promptly', { deaths: 1, injuryDegree: 'death' }, true],
    ['death degree without a count', { injuryDegree: 'death' }, true],
    ['death reported exactly at 24 hours', { deaths: 1, reportedAt: hours(24) }, true],
    ['death reported after 24 hours', { deaths: 1, reportedAt: hours(24.01) }, false],
    ['fire scene', { cause: 'fire' }, true],
    ['theft scene', { cause: 'theft' }, true],
    ['plain collision, no death', {}, false],
    ['serious injury, no death', { injuryDegree: 'serious' }, false],
    ['report before the accident (bad data)', { deaths: 1, reportedAt: hours(-1) }, false],
  ])('%s', (_name, over, expected) => {
    expect(scenePreservationRequired({ ...base, ...over })).toBe(expected);
  });

  it('follows the settings', () => {
    const s = { promptReportHours: 1, causesNeedingScene: [] };
    expect(scenePreservationRequired({ ...base, cause: 'fire' }, s)).toBe(false);
    expect(scenePreservationRequired({ ...base, deaths: 1, reportedAt: hours(1) }, s)).toBe(true);
  });
});
