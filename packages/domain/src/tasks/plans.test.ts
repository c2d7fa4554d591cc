import { describe, expect, it } from 'vitest';
import { targetProblem } from './plans.ts';

describe('plan targets', () => {
  it('keeps percentages within 0–100 and times positive', () => {
    expect(targetProblem('satisfaction', 95)).toBeNull();
    expect(targetProblem('satisfaction', 120)).toBe('above100');
    expect(targetProblem('avgResponseSeconds', -1)).toBe('negative');
    expect(targetProblem('avgHandlingMinutes', 8)).toBeNull();
  });
});
