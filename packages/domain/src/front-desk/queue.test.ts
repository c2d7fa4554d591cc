import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklistTicked, topicsCovered } from './explanations.ts';
import { formatTicket, nextTicketSeq, type Queued, queueOrder, stageSeconds } from './queue.ts';

describe('ticket numbers', () => {
  it('issued from an empty day are 1..n without gaps, and their text sorts in issue order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        const seqs: number[] = [];
        let last = 0;
        for (let i = 0; i < n; i++) {
          last = nextTicketSeq(last);
          seqs.push(last);
        }
        expect(seqs).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        const texts = seqs.map(formatTicket);
        expect([...texts].sort()).toEqual(texts);
        expect(new Set(texts).size).toBe(n);
      }),
      { numRuns: 50 },
    );
  });

  it('any two numbers of one day keep their order as text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        expect(Math.sign(formatTicket(a).localeCompare(formatTicket(b)))).toBe(Math.sign(a - b));
      }),
    );
    expect(formatTicket(7)).toBe('A0007');
    expect(() => formatTicket(0)).toThrow();
  });
});

describe('queue order', () => {
  const at = (m: number) => new Date(Date.UTC(2026, 11, 7, 1, m));
  it('special care first, then arrival, then ticket', () => {
    const q: Queued[] = [
      { careFlag: null, arrivedAt: at(1), ticketSeq: 1 },
      { careFlag: null, arrivedAt: at(2), ticketSeq: 2 },
      { careFlag: 'elderly', arrivedAt: at(5), ticketSeq: 3 },
      { careFlag: 'pregnant', arrivedAt: at(3), ticketSeq: 4 },
    ];
    expect([...q].sort(queueOrder).map((x) => x.ticketSeq)).toEqual([4, 3, 1, 2]);
  });

  it('is a total order consistent with arrival inside each group (property)', () => {
    const item = fc.record({
      careFlag: fc.constantFrom(null, 'elderly', 'sick', 'disabled', 'pregnant' as const),
      arrivedAt: fc.integer({ min: 0, max: 600 }).map(at),
      ticketSeq: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (xs) => {
        const sorted = [...xs].sort(queueOrder);
        const firstPlain = sorted.findIndex((x) => x.careFlag === null);
        if (firstPlain >= 0) expect(sorted.slice(firstPlain).every((x) => x.careFlag === null)).toBe(true);
        for (let i = 1; i < sorted.length; i++)
          if ((sorted[i - 1]!.careFlag === null) === (sorted[i]!.careFlag === null))
            expect(sorted[i - 1]!.arrivedAt.getTime()).toBeLessThanOrEqual(sorted[i]!.arrivedAt.getTime());
      }),
    );
  });
});

describe('stage times', () => {
  it('sums closed spans and runs the open one to now', () => {
    const t = (s: number) => new Date(Date.UTC(2026, 11, 7, 1, 0, s));
    expect(
      stageSeconds(
        [
          { stage: 'reception', enteredAt: t(0), leftAt: t(300) },
          { stage: 'collection', enteredAt: t(300), leftAt: null },
        ],
        t(420),
      ),
    ).toEqual({ reception: 300, collection: 120 });
  });
});

describe('stage inputs', () => {
  it('explanation covers policy, process and expected time; the checklist needs every item ticked', () => {
    expect(topicsCovered([{ topic: 'policy' }, { topic: 'process' }])).toBe(false);
    expect(topicsCovered([{ topic: 'policy' }, { topic: 'process' }, { topic: 'expectedTime' }])).toBe(true);
    expect(checklistTicked([{ tick: 'received' }, { tick: null }])).toBe(false);
    expect(checklistTicked([{ tick: 'received' }, { tick: 'toBring' }])).toBe(true);
    expect(checklistTicked([])).toBe(true);
  });
});
