import { describe, expect, it } from 'vitest';
import { formatPercent, formatYuan, yuanInput, yuanToFen } from './money.ts';

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
