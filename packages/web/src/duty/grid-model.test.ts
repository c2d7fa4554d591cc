import { describe, expect, it } from 'vitest';
import { cellKey, gapOf, localDay, placeViolations, shiftMonth } from './grid-model.ts';

const v = (over: Partial<Parameters<typeof placeViolations>[0][number]>) => ({
  code: 'X',
  agentId: null,
  postId: null,
  assignmentIds: [],
  from: null,
  ...over,
});

describe('placing roster violations on the grid', () => {
  const assignments = [
    { id: 'a1', agentId: 'p', date: '2026-12-01' },
    { id: 'a2', agentId: 'p', date: '2026-12-01' },
  ];
  it('marks the cells of the assignments a violation names, once each', () => {
    const dbl = v({ code: 'DOUBLE_BOOKED', assignmentIds: ['a1', 'a2'], agentId: 'p' });
    const { cells, days } = placeViolations([dbl], assignments);
    expect(cells.get(cellKey('p', '2026-12-01'))).toEqual([dbl]);
    expect(days.size).toBe(0);
  });
  it('marks an empty post on its Beijing day: 16:00 UTC is already the next day', () => {
    const empty = v({ code: 'EMPTY_POST', postId: 'seat', from: '2026-12-01T16:00:00.000Z' });
    expect(placeViolations([empty], assignments).days.get('2026-12-02')).toEqual([empty]);
    expect(localDay('2026-12-01T15:59:00.000Z')).toBe('2026-12-01');
  });
  it('marks an agent-only violation on the agent’s day', () => {
    const leave = v({ code: 'ON_APPROVED_LEAVE', agentId: 'q', from: '2026-12-03T01:00:00.000Z' });
    expect(placeViolations([leave], []).cells.get(cellKey('q', '2026-12-03'))).toEqual([leave]);
  });
});

describe('months and gaps', () => {
  it('steps over year ends', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
  it('gives the relative gap only with a bound', () => {
    expect(gapOf(100, 98)).toBeCloseTo(0.02);
    expect(gapOf(100, null)).toBeNull();
    expect(gapOf(0, 0)).toBe(0);
  });
});
