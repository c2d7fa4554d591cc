import { describe, expect, it } from 'vitest';
import { segments } from './segments.ts';

describe('highlight segments', () => {
  it('splits around hits and merges overlapping ones', () => {
    expect(
      segments('我也不知道该怎么办呢', [
        { start: 0, end: 9 },
        { start: 2, end: 5 },
      ]),
    ).toEqual([
      { text: '我也不知道该怎么办', hit: true },
      { text: '呢', hit: false },
    ]);
    expect(segments('a不知道b', [{ start: 1, end: 4 }])).toEqual([
      { text: 'a', hit: false },
      { text: '不知道', hit: true },
      { text: 'b', hit: false },
    ]);
    expect(segments('abc', [])).toEqual([{ text: 'abc', hit: false }]);
  });
});
