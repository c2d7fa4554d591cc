import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatWholeYuan,
  formatYuan,
  groupTyped,
  ungroupTyped,
  yuanInput,
  yuanToFen,
} from './money.ts';

describe('claims desk money', () => {
  it('shows fen as yuan with two decimals and grouping', () => {
    expect(formatYuan(2_345_678)).toBe('¥23,456.78');
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(10_000_00)).toBe('¥10,000.00');
    expect(yuanInput(2_345_670)).toBe('23456.70');
  });

  it('reads typed yuan as exact fen without floating point', () => {
    expect(yuanToFen('23456.78')).toBe(2_345_678);
    expect(yuanToFen('1,234.5')).toBe(123_450);
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen('1.005')).toBeNull();
    expect(yuanToFen('-1')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen('')).toBeNull();
  });

  it('shows basis points as a percentage', () => {
    expect(formatPercent(1_000)).toBe('10%');
    expect(formatPercent(1_250)).toBe('12.5%');
    expect(formatPercent(1_205)).toBe('12.05%');
    expect(formatPercent(10_000)).toBe('100%');
  });
});

describe('the one money formatter', () => {
  const fen = fc.integer({ min: 0, max: 99_999_999_999_99 });

  it('reads back every amount it shows, to the fen', () => {
    fc.assert(fc.property(fen, (x) => yuanToFen(formatYuan(x)) === x));
  });

  it('the typing field shows grouped yuan and gives back the same fen', () => {
    fc.assert(fc.property(fen, (x) => yuanToFen(ungroupTyped(groupTyped(yuanInput(x)))) === x));
  });

  it('groups only the whole part while typing', () => {
    expect(groupTyped('1234567.5')).toBe('¥ 1,234,567.5');
    expect(groupTyped('1234.')).toBe('¥ 1,234.');
    expect(groupTyped('')).toBe('');
    expect(ungroupTyped('¥ 1,234,567.5')).toBe('1234567.5');
  });

  it('shows limits in whole yuan with ¥ and grouping', () => {
    expect(formatWholeYuan(1000)).toBe('¥1,000');
    expect(formatWholeYuan(50_000)).toBe('¥50,000');
  });
});
