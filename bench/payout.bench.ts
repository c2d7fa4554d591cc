import { calculatePayout, type LossItem, type PayoutInput } from '@claimline/domain/claim-applications';
import { opsPerSecond } from './lib/measure.ts';
import { randomInt, seededRandom } from './lib/random.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Payout calculation (issue #14 part 9): payouts per second on a realistic mix, against the same calculation
 * written the naive way (yuan as Number floats, `toFixed(2)` after each proportion, no breakdown), measured in the
 * same run. Before timing, both sides run on every input and the run prints how often the float version is a fen
 * off: the reason the product does not calculate that way. Best of several interleaved rounds per side.
 */

const INPUTS = 4_096;
const MASK = INPUTS - 1;
const ROUNDS = 5;
/** The bar: ≥ 1,000,000 payout calculations per second. */
const TARGET = { value: 1_000_000 };
const BP = 10_000;

/** A seeded mix: motor (fixed + rate deductible, share), home (items, sub-limits, underinsured), health (share). */
const generate = (seed: number): PayoutInput[] => {
  const next = seededRandom(seed);
  const fen = (lo: number, hi: number) => randomInt(next, lo, hi);
  return Array.from({ length: INPUTS }, (): PayoutInput => {
    const kind = next();
    const earlierPayoutsFen = next() < 0.2 ? fen(0, 20_000_00) : 0;
    if (kind < 0.5) {
      return {
        items: [{ zh: '车辆损失', en: 'Vehicle damage', lossFen: fen(1_00, 300_000_00) }],
        sumInsuredFen: fen(50_000_00, 300_000_00),
        deductible: { fixedFen: [0, 500_00, 1_000_00][fen(0, 2)]!, rateBp: [0, 500, 1_000][fen(0, 2)]! },
        payoutRatioBp: [BP, 9_000, 8_000][fen(0, 2)]!,
        earlierPayoutsFen,
      };
    }
    if (kind < 0.8) {
      const items: LossItem[] = Array.from({ length: fen(1, 4) }, (_, k) => ({
        zh: '财产',
        en: 'Property',
        lossFen: fen(1_00, 80_000_00),
        ...(k === 0 ? { limitFen: 5_000_00, category: 'valuables' } : {}),
        ...(k === 1 ? { category: 'valuables' } : {}),
      }));
      const sumInsuredFen = fen(100_000_00, 1_000_000_00);
      return {
        items,
        categoryLimits: [{ category: 'valuables', zh: '贵重物品', en: 'Valuables', limitFen: 20_000_00 }],
        sumInsuredFen,
        insuredValueFen: next() < 0.4 ? sumInsuredFen + fen(0, 500_000_00) : sumInsuredFen,
        deductible: { fixedFen: fen(0, 2_000_00) },
        earlierPayoutsFen,
      };
    }
    return {
      items: [{ zh: '医疗费用', en: 'Medical costs', lossFen: fen(1_00, 200_000_00) }],
      sumInsuredFen: fen(20_000_00, 500_000_00),
      deductible: { fixedFen: [0, 100_00, 10_000_00][fen(0, 2)]! },
      payoutRatioBp: [BP, 8_000, 6_000][fen(0, 2)]!,
      earlierPayoutsFen,
    };
  });
};

/** The naive version: yuan as floats, each proportion rounded with toFixed(2), in the same order of steps. */
const naivePayout = (p: PayoutInput): number => {
  const yuan = (f: number) => f / 100;
  const round = (x: number) => Number(x.toFixed(2));
  const totals = new Map<string, number>();
  let amount = 0;
  for (const item of p.items) {
    const counted = Math.min(
      yuan(item.lossFen),
      item.limitFen === undefined ? Infinity : yuan(item.limitFen),
    );
    amount += counted;
    if (item.category !== undefined) totals.set(item.category, (totals.get(item.category) ?? 0) + counted);
  }
  for (const c of p.categoryLimits ?? [])
    amount -= Math.max(0, (totals.get(c.category) ?? 0) - yuan(c.limitFen));
  const sum = yuan(p.sumInsuredFen);
  const value = p.insuredValueFen === undefined ? undefined : yuan(p.insuredValueFen);
  if (value !== undefined && sum < value) amount = round((amount * sum) / value);
  const fixed = yuan(p.deductible?.fixedFen ?? 0);
  const rate = (p.deductible?.rateBp ?? 0) / BP;
  if (fixed > 0 && rate > 0) amount = Math.max(0, amount - Math.max(fixed, round(amount * rate)));
  else amount = round(Math.max(0, amount - fixed) * (1 - rate));
  amount = round((amount * (p.payoutRatioBp ?? BP)) / BP);
  const cap = Math.max(0, Math.min(sum, value ?? Infinity) - yuan(p.earlierPayoutsFen ?? 0));
  return Math.round(Math.min(amount, cap) * 100);
};

export default async function run(): Promise<BenchResult[]> {
  const inputs = generate(20_261_207);
  let differs = 0;
  for (const p of inputs) if (calculatePayout(p).payableFen !== naivePayout(p)) differs++;

  let ours = 0;
  let naive = 0;
  for (let r = 0; r < ROUNDS; r++) {
    ours = Math.max(
      ours,
      opsPerSecond((i) => calculatePayout(inputs[i & MASK]!).payableFen, { durationMs: 500 }),
    );
    naive = Math.max(
      naive,
      opsPerSecond((i) => naivePayout(inputs[i & MASK]!), { durationMs: 500 }),
    );
  }
  process.stdout.write(
    `  payout: ${INPUTS} seeded inputs (50 % motor, 30 % home with items and sub-limits, 20 % health); ` +
      `the float version is off by at least a fen on ${differs} of them\n`,
  );
  return [
    judge({
      name: 'payout calculation with breakdown, exact fen',
      unit: 'ops/s',
      value: ours,
      baselineName: 'same steps in Number yuan with toFixed(2), no breakdown',
      baselineValue: naive,
      target: TARGET,
    }),
  ];
}
