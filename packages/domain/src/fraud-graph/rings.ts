import { type ClaimComponent, claimComponents } from './components.ts';
import { type ClaimLink, PERSONAL_KINDS } from './entities.ts';
import type { RingSettings } from './ring-settings.ts';

/** Why a component is flagged: dense enough, or large enough whatever its density. */
export type RingReason = 'dense' | 'large';

export type Ring = {
  /** The smallest claim id: stable while the ring keeps that claim, so a rebuild can tell "same ring, changed". */
  key: string;
  claims: string[];
  shared: ClaimComponent['shared'];
  people: number;
  /** Share of claim pairs that name one shared personal thing directly (0–1). */
  density: number;
  reasons: RingReason[];
};

/** Above this many claims the pair count is bounded from the entities instead of counted (a ring is far smaller). */
const EXACT_PAIRS_UP_TO = 400;

export const pairDensity = (c: ClaimComponent): number => {
  const n = c.claims.length;
  if (n < 2) return 0;
  const all = (n * (n - 1)) / 2;
  if (n > EXACT_PAIRS_UP_TO) {
    const bound = c.shared
      .filter((e) => PERSONAL_KINDS.has(e.kind))
      .reduce((s, e) => s + (e.claims.length * (e.claims.length - 1)) / 2, 0);
    return Math.min(1, bound / all);
  }
  const ix = new Map(c.claims.map((id, i) => [id, i]));
  const pairs = new Set<number>();
  for (const e of c.shared) {
    if (!PERSONAL_KINDS.has(e.kind)) continue;
    const members = e.claims.map((id) => ix.get(id) as number);
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const a = Math.min(members[i] as number, members[j] as number);
        const b = Math.max(members[i] as number, members[j] as number);
        pairs.add(a * n + b);
      }
  }
  return pairs.size / all;
};

/** The flag rule on one component; null when it is not a possible ring. */
export const judgeComponent = (
  c: ClaimComponent,
  personOf: ReadonlyMap<string, string>,
  s: RingSettings,
): Ring | null => {
  const n = c.claims.length;
  if (n < s.minClaims) return null;
  // A claim with no person link counts as its own unknown person.
  const whose = (claimId: string) => personOf.get(claimId) ?? `?${claimId}`;
  const people = new Set(c.claims.map(whose)).size;
  if (people < s.minPeople) return null;
  // Only things shared between different people link people: one person's repeated claims (their own phone,
  // plate, account) are the repeated-claims signal, not a ring.
  const kinds = new Set(
    c.shared.filter((e) => e.kind !== 'person' && new Set(e.claims.map(whose)).size > 1).map((e) => e.kind),
  );
  if (kinds.size < s.minLinkKinds) return null;
  const density = pairDensity(c);
  const reasons: RingReason[] = [];
  if (density >= s.minDensity) reasons.push('dense');
  if (n >= s.largeClaims) reasons.push('large');
  if (reasons.length === 0) return null;
  return { key: c.claims[0] as string, claims: c.claims, shared: c.shared, people, density, reasons };
};

/**
 * Every possible ring among the claims the links describe: the components (hubs left out) that pass the flag
 * rule. A claim's person is its first person link (the claimant). Pure: the same links in any order
 * give the same rings.
 */
export const findRings = (links: readonly ClaimLink[], s: RingSettings): Ring[] => {
  const components = claimComponents(links, s.hubMaxClaims);
  const inComponent = new Map<string, number>();
  components.forEach((c, i) => {
    if (c.claims.length >= s.minClaims) for (const id of c.claims) inComponent.set(id, i);
  });
  const personOf = new Map<string, string>();
  for (const l of links)
    if (l.kind === 'person' && inComponent.has(l.claimId) && !personOf.has(l.claimId))
      personOf.set(l.claimId, l.key);
  const rings: Ring[] = [];
  for (const c of components) {
    const ring = judgeComponent(c, personOf, s);
    if (ring) rings.push(ring);
  }
  return rings;
};

export type RingMembership = { ringKey: string; claims: number; people: number; density: number };

/**
 * `ringMembership(claimId)` over a set of rings: what a fraud score can read as a signal ("this claim sits in a
 * possible ring of N claims"). Pure: build it from the rings stored or just found.
 */
export const ringIndex = (rings: readonly Ring[]) => {
  const byClaim = new Map<string, RingMembership>();
  for (const r of rings) {
    const m = { ringKey: r.key, claims: r.claims.length, people: r.people, density: r.density };
    for (const id of r.claims) byClaim.set(id, m);
  }
  return { ringMembership: (claimId: string): RingMembership | null => byClaim.get(claimId) ?? null };
};
