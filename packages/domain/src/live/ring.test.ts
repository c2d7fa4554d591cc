import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LiveChange } from './kinds.ts';
import { LiveRing } from './ring.ts';

const change = (id: string): LiveChange => ({ kind: 'case', id, branchId: 'b', userId: null });

describe('LiveRing', () => {
  it('numbers events from 1 and resumes after a given one', () => {
    const ring = new LiveRing(4);
    expect(ring.since(0)).toEqual({ events: [] });
    for (const id of ['a', 'b', 'c']) ring.push(change(id));
    const r = ring.since(1);
    expect('events' in r && r.events.map((e) => [e.seq, e.id])).toEqual([
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(ring.since(3)).toEqual({ events: [] });
  });

  it('tells the client to refetch when the events after its last one have fallen out, or the id is unknown', () => {
    const ring = new LiveRing(3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) ring.push(change(id)); // keeps 3, 4, 5
    expect(ring.since(1)).toEqual({ refetch: true });
    expect('events' in ring.since(2) && ring.since(2)).toBeTruthy(); // 3..5 are all held
    expect(ring.since(6)).toEqual({ refetch: true }); // ahead of this node: another node's or an old run's id
    expect(ring.since(-1)).toEqual({ refetch: true });
    expect(ring.since(1.5)).toEqual({ refetch: true });
  });

  it('always answers exactly the missed events in order, or refetch (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.nat(60),
        fc.integer({ min: -2, max: 70 }),
        (size, n, after) => {
          const ring = new LiveRing(size);
          for (let i = 1; i <= n; i++) ring.push(change(String(i)));
          const r = ring.since(after);
          const resumable = after >= 0 && after <= n && n - after <= size;
          if (!resumable) {
            expect(r).toEqual({ refetch: true });
            return;
          }
          if (!('events' in r)) throw new Error('expected events');
          expect(r.events.map((e) => e.seq)).toEqual(
            Array.from({ length: n - after }, (_, i) => after + i + 1),
          );
          expect(r.events.map((e) => e.id)).toEqual(r.events.map((e) => String(e.seq)));
        },
      ),
    );
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new LiveRing(0)).toThrow(RangeError);
  });
});
