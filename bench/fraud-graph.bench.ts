import { DEFAULT_RING_SETTINGS, findRings } from '@claimline/domain/fraud-graph';
import { type ClaimFacts, generateWorld, perClaimSignals } from './lib/fraud-world.ts';
import { type BenchResult, judge } from './lib/types.ts';

/*
 * Link analysis over a million claims (issue 22 part 7): the generator (lib/fraud-world.ts, seeded) plants rings
 * and single frauds among innocent claims. Measured in one run:
 * - the ring flag (domain findRings, default settings) against the truth "this claim is in a planted ring", and the
 *   plain "same phone twice" rule against the same truth: recall and precision of both;
 * - the ring flag together with the per-claim signal set against every planted fraud, and "same phone twice"
 *   against the same: recall and precision;
 * - the full rebuild (findRings over every link) against the baseline rule's own pass over the links: seconds,
 *   target < 60 s.
 */

const SIZE = Number(process.env.FRAUD_BENCH_CLAIMS ?? 1_000_000);
const SEED = 20_261_207;
/** The bar: a full rebuild over 1 M claims in under 60 s. */
const REBUILD_LIMIT_S = 60;

type Score = { recall: number; precision: number };
const score = (
  flagged: (c: ClaimFacts) => boolean,
  truth: (c: ClaimFacts) => boolean,
  claims: ClaimFacts[],
): Score => {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  for (const c of claims) {
    const t = truth(c);
    if (t) positives++;
    if (flagged(c)) {
      if (t) tp++;
      else fp++;
    }
  }
  return { recall: positives ? tp / positives : 0, precision: tp + fp ? tp / (tp + fp) : 0 };
};

export default async function run(): Promise<BenchResult[]> {
  const t0 = performance.now();
  const world = generateWorld(SIZE, SEED);
  const genS = (performance.now() - t0) / 1000;

  const b0 = performance.now();
  const phoneCount = new Map<string, number>();
  const phoneOf = new Map<string, string>();
  for (const l of world.links)
    if (l.kind === 'phone') {
      phoneCount.set(l.key, (phoneCount.get(l.key) ?? 0) + 1);
      phoneOf.set(l.claimId, l.key);
    }
  const samePhoneTwice = (c: ClaimFacts) => (phoneCount.get(phoneOf.get(c.id) ?? '') ?? 0) >= 2;
  const baselineS = (performance.now() - b0) / 1000;

  const r0 = performance.now();
  const rings = findRings(world.links, DEFAULT_RING_SETTINGS);
  const rebuildS = (performance.now() - r0) / 1000;
  const inRing = new Set(rings.flatMap((r) => r.claims));
  const ringFlag = (c: ClaimFacts) => inRing.has(c.id);

  const isRing = (c: ClaimFacts) => c.truth === 'ring';
  const isFraud = (c: ClaimFacts) => c.truth !== 'innocent';
  const ringVsRing = score(ringFlag, isRing, world.claims);
  const phoneVsRing = score(samePhoneTwice, isRing, world.claims);
  const both = (c: ClaimFacts) => ringFlag(c) || perClaimSignals(c);
  const bothVsAll = score(both, isFraud, world.claims);
  const phoneVsAll = score(samePhoneTwice, isFraud, world.claims);

  process.stdout.write(
    `  ${SIZE.toLocaleString('en-US')} claims, ${world.links.length.toLocaleString('en-US')} links, ` +
      `${world.rings} planted rings, ${rings.length} flagged; generated in ${genS.toFixed(1)} s\n` +
      `  ring flag vs ring truth: recall ${ringVsRing.recall.toFixed(3)}, precision ${ringVsRing.precision.toFixed(3)}\n` +
      `  same phone twice vs ring truth: recall ${phoneVsRing.recall.toFixed(3)}, precision ${phoneVsRing.precision.toFixed(3)}\n` +
      `  ring flag + signals vs all fraud: recall ${bothVsAll.recall.toFixed(3)}, precision ${bothVsAll.precision.toFixed(3)}\n` +
      `  same phone twice vs all fraud: recall ${phoneVsAll.recall.toFixed(3)}, precision ${phoneVsAll.precision.toFixed(3)}\n` +
      `  full rebuild ${rebuildS.toFixed(2)} s; baseline pass ${baselineS.toFixed(2)} s\n`,
  );

  const base = 'same phone twice';
  return [
    judge({
      name: 'ring flag: precision (ring truth)',
      unit: 'share',
      value: ringVsRing.precision,
      baselineName: base,
      baselineValue: phoneVsRing.precision,
    }),
    judge({
      name: 'ring flag: recall (ring truth)',
      unit: 'share',
      value: ringVsRing.recall,
      baselineName: base,
      baselineValue: phoneVsRing.recall,
    }),
    judge({
      name: 'ring flag + signals: precision (all fraud)',
      unit: 'share',
      value: bothVsAll.precision,
      baselineName: base,
      baselineValue: phoneVsAll.precision,
    }),
    judge({
      name: 'ring flag + signals: recall (all fraud)',
      unit: 'share',
      value: bothVsAll.recall,
      baselineName: base,
      baselineValue: phoneVsAll.recall,
    }),
    // Higher is better for every unit the harness prints, so the rebuild is given as rebuilds per minute.
    judge({
      name: `full ring rebuild, ${SIZE.toLocaleString('en-US')} claims`,
      unit: 'rebuilds/min',
      value: 60 / rebuildS,
      baselineName: 'same-phone-twice pass',
      baselineValue: 60 / baselineS,
      target: { value: 60 / REBUILD_LIMIT_S },
    }),
  ];
}
