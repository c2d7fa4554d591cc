import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/index.ts';
import { BP, calculatePayout, mulDivHalfUp, type PayoutInput } from './payout.ts';

const one = (lossFen: number, over: Partial<PayoutInput> = {}): PayoutInput => ({
  items: [{ zh: '财产损失', en: 'Property damage', lossFen }],
  sumInsuredFen: 100_000_00,
  ...over,
});
const codes = (input: PayoutInput) => calculatePayout(input).steps.map((s) => [s.code, s.amountFen]);

describe('calculatePayout, hand-worked examples', () => {
  it('pays the loss when nothing limits it', () => {
    expect(codes(one(12_345_67))).toEqual([
      ['loss', 12_345_67],
      ['payable', 12_345_67],
    ]);
  });

  it('underinsured (art. 55 ¶4): 50,000 of 80,000 → 62.5 % of 12,345.67 = 7,716.04375 → 7,716.04', () => {
    const r = calculatePayout(one(12_345_67, { sumInsuredFen: 50_000_00, insuredValueFen: 80_000_00 }));
    expect(r.payableFen).toBe(7_716_04);
    expect(r.steps[1]).toMatchObject({
      code: 'proportional',
      changeFen: 7_716_04 - 12_345_67,
      ratio: { numeratorFen: 50_000_00, denominatorFen: 80_000_00 },
    });
  });

  it('rounds half up to the fen: 1 fen × 1/2 → 1 fen; 3 fen × 1/2 → 2 fen; 1 fen × 1/3 → 0', () => {
    expect(mulDivHalfUp(1, 1, 2)).toBe(1);
    expect(mulDivHalfUp(3, 1, 2)).toBe(2);
    expect(mulDivHalfUp(1, 1, 3)).toBe(0);
    expect(mulDivHalfUp(2, 1, 3)).toBe(1);
  });

  it('motor example: loss 20,000, deductible 500 then 10 % rate (both), 80 % share → 14,040.00', () => {
    // 20,000 − 500 = 19,500; − 10 % (1,950) = 17,550; × 80 % = 14,040.
    const r = calculatePayout(
      one(20_000_00, {
        deductible: { fixedFen: 500_00, rateBp: 1_000, combine: 'both' },
        payoutRatioBp: 8_000,
      }),
    );
    expect(r.steps.map((s) => [s.code, s.amountFen, s.changeFen])).toEqual([
      ['loss', 20_000_00, 0],
      ['deductibleFixed', 19_500_00, -500_00],
      ['deductibleRate', 17_550_00, -1_950_00],
      ['payoutRatio', 14_040_00, -3_510_00],
      ['payable', 14_040_00, 0],
    ]);
  });

  it('"以高者为准": 1,000 or 10 % of the loss, whichever is higher', () => {
    expect(
      calculatePayout(one(5_000_00, { deductible: { fixedFen: 1_000_00, rateBp: 1_000 } })).payableFen,
    ).toBe(4_000_00);
    const big = calculatePayout(one(30_000_00, { deductible: { fixedFen: 1_000_00, rateBp: 1_000 } }));
    expect(big.payableFen).toBe(27_000_00);
    expect(big.steps[1]?.code).toBe('deductibleRate');
  });

  it('sub-limits per item and per category, then the remaining sum insured', () => {
    const r = calculatePayout({
      items: [
        { zh: '现金', en: 'Cash', lossFen: 8_000_00, limitFen: 5_000_00, category: 'valuables' },
        { zh: '首饰', en: 'Jewellery', lossFen: 12_000_00, category: 'valuables' },
        { zh: '家具', en: 'Furniture', lossFen: 30_000_00 },
      ],
      categoryLimits: [{ category: 'valuables', zh: '贵重物品', en: 'Valuables', limitFen: 10_000_00 }],
      sumInsuredFen: 100_000_00,
      earlierPayoutsFen: 65_000_00,
    });
    // 50,000 → cash to 5,000 (47,000) → valuables 17,000 to 10,000 (40,000) → remaining 35,000.
    expect(r.steps.map((s) => [s.code, s.amountFen, s.subject?.zh])).toEqual([
      ['loss', 50_000_00, undefined],
      ['itemLimit', 47_000_00, '现金'],
      ['categoryLimit', 40_000_00, '贵重物品'],
      ['remainingSumInsured', 35_000_00, undefined],
      ['payable', 35_000_00, undefined],
    ]);
  });

  it('over-insured (art. 55 ¶3): the cap is the insured value, not the sum insured', () => {
    expect(
      calculatePayout(one(90_000_00, { sumInsuredFen: 100_000_00, insuredValueFen: 60_000_00 })).payableFen,
    ).toBe(60_000_00);
  });

  it('works above 2^53 intermediate products through BigInt', () => {
    const r = calculatePayout(
      one(4_000_000_000_000, { sumInsuredFen: 3_000_000_000_000, insuredValueFen: 7_000_000_000_000 }),
    );
    // 4e12 × 3/7 = 1,714,285,714,285.714… → …286.
    expect(r.payableFen).toBe(1_714_285_714_286);
  });

  it('refuses inputs no contract can have, naming every field', () => {
    const bad = () =>
      calculatePayout(one(-1, { sumInsuredFen: 1.5, deductible: { rateBp: 10_001 }, earlierPayoutsFen: 5 }));
    expect(bad).toThrow(DomainError);
    try {
      bad();
    } catch (e) {
      expect((e as DomainError).details).toEqual({
        problems: ['items.0.lossFen', 'sumInsuredFen', 'deductible.rateBp', 'earlierPayoutsFen'],
      });
    }
    expect(() => calculatePayout({ items: [], sumInsuredFen: 1 })).toThrow(DomainError);
  });
});

const money = fc.integer({ min: 0, max: 1_000_000_000_00 });
const rate = fc.integer({ min: 0, max: BP });
const contract = fc.record({
  sumInsuredFen: money,
  insuredValueFen: fc.option(fc.integer({ min: 1, max: 1_000_000_000_00 }), { nil: undefined }),
  deductible: fc.record({
    fixedFen: fc.integer({ min: 0, max: 1_000_000_00 }),
    rateBp: rate,
    combine: fc.constantFrom('higher' as const, 'both' as const),
  }),
  payoutRatioBp: rate,
  earlierShare: fc.integer({ min: 0, max: BP }),
  limitFen: fc.option(money, { nil: undefined }),
});
type Contract = typeof contract extends fc.Arbitrary<infer T> ? T : never;
const input = (c: Contract, lossFen: number): PayoutInput => ({
  items: [
    {
      zh: '损失',
      en: 'Loss',
      lossFen,
      category: 'a',
      ...(c.limitFen === undefined ? {} : { limitFen: c.limitFen }),
    },
  ],
  categoryLimits: [{ category: 'a', zh: '类', en: 'Class', limitFen: c.sumInsuredFen * 2 }],
  sumInsuredFen: c.sumInsuredFen,
  ...(c.insuredValueFen === undefined ? {} : { insuredValueFen: c.insuredValueFen }),
  deductible: c.deductible,
  payoutRatioBp: c.payoutRatioBp,
  earlierPayoutsFen: mulDivHalfUp(c.sumInsuredFen, c.earlierShare, BP),
});

describe('calculatePayout, properties', () => {
  it('is a whole fen, never negative, never above the loss nor the remaining sum insured', () => {
    fc.assert(
      fc.property(contract, money, (c, loss) => {
        const i = input(c, loss);
        const r = calculatePayout(i);
        expect(Number.isSafeInteger(r.payableFen)).toBe(true);
        expect(r.payableFen).toBeGreaterThanOrEqual(0);
        expect(r.payableFen).toBeLessThanOrEqual(loss);
        expect(r.payableFen).toBeLessThanOrEqual(i.sumInsuredFen - (i.earlierPayoutsFen ?? 0));
        if (i.insuredValueFen !== undefined) expect(r.payableFen).toBeLessThanOrEqual(i.insuredValueFen);
      }),
    );
  });

  it('is monotone: a larger loss never pays less', () => {
    fc.assert(
      fc.property(contract, money, money, (c, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(calculatePayout(input(c, lo)).payableFen).toBeLessThanOrEqual(
          calculatePayout(input(c, hi)).payableFen,
        );
      }),
    );
  });

  it('pays nothing when the loss is at or under the fixed deductible', () => {
    fc.assert(
      fc.property(contract, fc.integer({ min: 0, max: 1_000_000_00 }), (c, loss) => {
        fc.pre(loss <= c.deductible.fixedFen);
        expect(calculatePayout(input(c, loss)).payableFen).toBe(0);
      }),
    );
  });

  it('the breakdown adds up: each line is the previous plus its change, never a rise, ending at the payable', () => {
    fc.assert(
      fc.property(contract, money, (c, loss) => {
        const { steps, payableFen } = calculatePayout(input(c, loss));
        for (let k = 1; k < steps.length; k++) {
          expect(steps[k]!.amountFen).toBe(steps[k - 1]!.amountFen + steps[k]!.changeFen);
          expect(steps[k]!.changeFen).toBeLessThanOrEqual(0);
        }
        expect(steps.at(-1)).toMatchObject({ code: 'payable', amountFen: payableFen });
      }),
    );
  });

  it('splitting an unlimited loss into items changes nothing', () => {
    fc.assert(
      fc.property(
        contract,
        fc.array(fc.integer({ min: 0, max: 1_000_000_00 }), { minLength: 1, maxLength: 6 }),
        (c, parts) => {
          const whole = input(
            { ...c, limitFen: undefined },
            parts.reduce((s, p) => s + p, 0),
          );
          const split = {
            ...whole,
            items: parts.map((lossFen) => ({ zh: '项', en: 'Item', lossFen, category: 'a' })),
          };
          expect(calculatePayout(split).payableFen).toBe(calculatePayout(whole).payableFen);
        },
      ),
    );
  });

  it('mulDivHalfUp agrees with BigInt arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000_000_000 }),
        (a, x, y) => {
          // A proportion never above 1, as every call makes, so the result stays a safe integer.
          const [b, c] = x <= y ? [x, y] : [y, x];
          const p = BigInt(a) * BigInt(b);
          const expected = (p * 2n + BigInt(c)) / (2n * BigInt(c));
          expect(BigInt(mulDivHalfUp(a, b, c))).toBe(expected);
        },
      ),
    );
  });
});
