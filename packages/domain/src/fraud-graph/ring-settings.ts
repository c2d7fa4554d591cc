/**
 * When a connected group of claims is flagged as a possible ring. None of these numbers comes from a seed or law:
 * seed 004 四.10 only asks the claims desk to "识别和防范可能存在的保险欺诈行为". They are tuning values, chosen on the
 * generator of bench/fraud-graph.bench.ts (docs/PERFORMANCE.md gives the recall and precision they reach) and
 * editable as one setting.
 */
export type RingSettings = {
  /** Tuning: an entity shared by more claims than this is a hub (a big hospital, a dealer's repair shop) and links nothing. */
  hubMaxClaims: number;
  /** Tuning: a ring has at least this many claims. */
  minClaims: number;
  /** Tuning: … and at least this many different people (one person's repeated claims are another signal). */
  minPeople: number;
  /** Tuning: … and at least this many kinds of shared thing other than the person (phone, address, payee, garage…): a family shares an address and now and then a phone; a ring shares more. */
  minLinkKinds: number;
  /** Tuning: … and this share of its claim pairs share something directly (0–1), */
  minDensity: number;
  /** Tuning: … unless it is this large: a long chain of shared things is worth a look whatever its density. */
  largeClaims: number;
};

export const DEFAULT_RING_SETTINGS: RingSettings = {
  hubMaxClaims: 25, // tuning value (bench/fraud-graph.bench.ts), not a seed rule
  minClaims: 3, // tuning value: two claims sharing a phone is the "same phone twice" rule, not a ring
  minPeople: 2, // tuning value: a ring needs accomplices
  minLinkKinds: 3, // tuning value (bench/fraud-graph.bench.ts): families share one or two kinds
  minDensity: 0.4, // tuning value (bench/fraud-graph.bench.ts)
  largeClaims: 12, // tuning value (bench/fraud-graph.bench.ts)
};

/** Bounds an editor must keep (a hub limit below 2 would cut every link). */
export const ringSettingsProblems = (s: RingSettings): string[] => {
  const out: string[] = [];
  if (!Number.isInteger(s.hubMaxClaims) || s.hubMaxClaims < 2) out.push('hubMaxClaims');
  if (!Number.isInteger(s.minClaims) || s.minClaims < 2) out.push('minClaims');
  if (!Number.isInteger(s.minPeople) || s.minPeople < 1) out.push('minPeople');
  if (!Number.isInteger(s.minLinkKinds) || s.minLinkKinds < 1) out.push('minLinkKinds');
  if (!(s.minDensity >= 0 && s.minDensity <= 1)) out.push('minDensity');
  if (!Number.isInteger(s.largeClaims) || s.largeClaims < s.minClaims) out.push('largeClaims');
  return out;
};
