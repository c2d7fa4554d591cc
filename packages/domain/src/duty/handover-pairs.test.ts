import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handoverPairs, type PlacedShift } from './handover-pairs.ts';

const H = 3_600_000;
const shift = (id: string, user: string, post: string, fromH: number, toH: number): PlacedShift => ({
  assignmentId: id,
  userId: user,
  userName: user,
  postId: post,
  from: fromH * H,
  to: toH * H,
});

describe('hand-overs read off the plan (seed 000 第一条, 第十条)', () => {
  it('a shift ending when another starts on the same post hands over to it; other posts and gaps do not', () => {
    const pairs = handoverPairs(
      [
        shift('e', 'ann', 'seat', 6, 14),
        shift('l', 'bob', 'seat', 14, 22),
        shift('n', 'cai', 'seat', 22, 30),
        shift('d', 'dan', 'desk', 9, 14),
        shift('g', 'eve', 'desk', 15, 18),
      ],
      0,
      24 * H,
    );
    expect(pairs.map((p) => `${p.outgoing.assignmentId}>${p.incoming.assignmentId}`)).toEqual(['e>l', 'l>n']);
  });

  it('several agents are paired in name order; a double shift stays on and is not paired', () => {
    const pairs = handoverPairs(
      [
        shift('o1', 'zhao', 'seat', 0, 8),
        shift('o2', 'li', 'seat', 0, 8),
        shift('o3', 'wang', 'seat', 0, 8),
        shift('i1', 'wang', 'seat', 8, 16),
        shift('i2', 'chen', 'seat', 8, 16),
        shift('i3', 'sun', 'seat', 8, 16),
      ],
      0,
      24 * H,
    );
    expect(pairs.map((p) => `${p.outgoing.userId}>${p.incoming.userId}`)).toEqual(['li>chen', 'zhao>sun']);
  });

  it('nobody hands over to themself and each assignment is in at most one pair on each side', () => {
    const arb = fc.array(
      fc.record({
        user: fc.constantFrom('a', 'b', 'c', 'd'),
        post: fc.constantFrom('p', 'q'),
        from: fc.integer({ min: 0, max: 6 }),
        len: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const shifts = rows.map((r, i) => shift(`s${i}`, r.user, r.post, r.from, r.from + r.len));
        const pairs = handoverPairs(shifts, 0, 10 * H);
        const outs = pairs.map((p) => p.outgoing.assignmentId);
        const ins = pairs.map((p) => p.incoming.assignmentId);
        return (
          pairs.every(
            (p) =>
              p.outgoing.userId !== p.incoming.userId &&
              p.outgoing.postId === p.incoming.postId &&
              p.outgoing.to === p.incoming.from,
          ) &&
          new Set(outs).size === outs.length &&
          new Set(ins).size === ins.length
        );
      }),
    );
  });
});
