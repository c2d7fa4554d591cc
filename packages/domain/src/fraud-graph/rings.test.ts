import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimComponents } from './components.ts';
import type { ClaimLink, EntityKind } from './entities.ts';
import { referenceComponents } from './ring-graph.ts';
import { DEFAULT_RING_SETTINGS, ringSettingsProblems } from './ring-settings.ts';
import { findRings, pairDensity, ringIndex } from './rings.ts';

const kinds: EntityKind[] = ['person', 'phone', 'plate', 'address', 'payee', 'hospital'];
const link = (claimId: string, kind: EntityKind, key: string): ClaimLink => ({ claimId, kind, key });

/** Small worlds so that sharing happens: 12 claims, 8 keys per kind. */
const linksArb = fc.array(
  fc.record({
    claimId: fc.integer({ min: 0, max: 11 }).map((i) => `c${String(i).padStart(2, '0')}`),
    kind: fc.constantFrom(...kinds),
    key: fc.integer({ min: 0, max: 7 }).map(String),
  }),
  { maxLength: 40 },
);

/** A planted ring: four people, five claims, one phone among all, an address and a payee account among some. */
const planted: ClaimLink[] = ['r1', 'r2', 'r3', 'r4', 'r5'].flatMap((c, i) => [
  link(c, 'person', `p${i % 4}`),
  link(c, 'phone', 'ring-phone'),
  link(c, 'address', i < 3 ? 'ring-addr' : 'other-addr'),
  link(c, 'payee', i % 2 ? 'ring-account' : `own-account-${i}`),
  link(c, 'hospital', 'big-hospital'),
]);
/** Thirty innocent claims: each its own person and phone, all at the big hospital (a hub). */
const innocents: ClaimLink[] = Array.from({ length: 30 }, (_, i) => [
  link(`n${i}`, 'person', `np${i}`),
  link(`n${i}`, 'phone', `nph${i}`),
  link(`n${i}`, 'hospital', 'big-hospital'),
]).flat();

describe('claim components', () => {
  it('equal graphology’s connected components, hubs and singletons left out', () => {
    fc.assert(
      fc.property(linksArb, fc.integer({ min: 2, max: 6 }), (links, hub) => {
        expect(claimComponents(links, hub).map((c) => c.claims)).toEqual(referenceComponents(links, hub));
      }),
    );
  });

  it('do not depend on the order of the links', () => {
    fc.assert(
      fc.property(
        linksArb.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length }))),
        ([a, b]) => {
          expect(claimComponents(b, 4)).toEqual(claimComponents(a, 4));
        },
      ),
    );
  });

  it('a hub joins nothing', () => {
    const comps = claimComponents(innocents, DEFAULT_RING_SETTINGS.hubMaxClaims);
    expect(comps).toEqual([]);
  });
});

describe('rings', () => {
  it('find the planted ring whatever the order, and nothing among innocents sharing a hospital', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...planted, ...innocents], { minLength: planted.length + innocents.length }),
        (links) => {
          const rings = findRings(links, DEFAULT_RING_SETTINGS);
          expect(rings.map((r) => r.claims)).toEqual([['r1', 'r2', 'r3', 'r4', 'r5']]);
          expect(rings[0]?.people).toBe(4);
          expect(rings[0]?.density).toBe(1);
          expect(rings[0]?.reasons).toEqual(['dense']);
        },
      ),
    );
  });

  it('a family sharing an address and a phone is not a ring', () => {
    const family = ['a', 'b', 'c'].flatMap((c, i) => [
      link(c, 'person', `p${i % 2}`),
      link(c, 'address', 'home'),
      link(c, 'phone', 'home-phone'),
    ]);
    expect(findRings(family, DEFAULT_RING_SETTINGS)).toEqual([]);
  });

  it('one person’s repeated claims are not a ring (another signal)', () => {
    const one = ['a', 'b', 'c', 'd'].flatMap((c) => [link(c, 'person', 'same'), link(c, 'phone', 'same')]);
    expect(findRings(one, DEFAULT_RING_SETTINGS)).toEqual([]);
  });

  it('two claims sharing a phone are below the ring size', () => {
    const two = [
      link('a', 'phone', 'x'),
      link('b', 'phone', 'x'),
      link('a', 'person', '1'),
      link('b', 'person', '2'),
    ];
    expect(findRings(two, DEFAULT_RING_SETTINGS)).toEqual([]);
  });

  it('a sparse chain is flagged only when large', () => {
    // Claim i and i+1 share one thing, of a kind that turns: phone, address, payee account.
    const turn: EntityKind[] = ['phone', 'address', 'payee'];
    const id = (i: number) => `k${String(i).padStart(3, '0')}`;
    const chain = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        link(id(i), 'person', `p${i}`),
        ...(i > 0 ? [link(id(i), turn[(i - 1) % 3] as EntityKind, `s${i - 1}`)] : []),
        ...(i < n - 1 ? [link(id(i), turn[i % 3] as EntityKind, `s${i}`)] : []),
      ]).flat();
    expect(findRings(chain(6), DEFAULT_RING_SETTINGS)).toEqual([]);
    const long = findRings(chain(DEFAULT_RING_SETTINGS.largeClaims), DEFAULT_RING_SETTINGS);
    expect(long).toHaveLength(1);
    expect(long[0]?.reasons).toEqual(['large']);
  });

  it('pair density counts distinct pairs once', () => {
    expect(
      pairDensity({
        claims: ['a', 'b', 'c'],
        shared: [
          { kind: 'phone', key: '1', claims: ['a', 'b'] },
          { kind: 'address', key: '2', claims: ['a', 'b'] },
        ],
      }),
    ).toBeCloseTo(1 / 3);
  });

  it('strangers at one small garage join but are not dense', () => {
    const garage = ['a', 'b', 'c', 'd'].flatMap((c) => [link(c, 'person', c), link(c, 'repairShop', 'g')]);
    expect(findRings(garage, DEFAULT_RING_SETTINGS)).toEqual([]);
    expect(claimComponents(garage, DEFAULT_RING_SETTINGS.hubMaxClaims)).toHaveLength(1);
  });

  it('ringMembership answers for members only', () => {
    const { ringMembership } = ringIndex(findRings([...planted, ...innocents], DEFAULT_RING_SETTINGS));
    expect(ringMembership('r3')).toMatchObject({ ringKey: 'r1', claims: 5, people: 4 });
    expect(ringMembership('n1')).toBeNull();
  });

  it('default settings are within their bounds', () => {
    expect(ringSettingsProblems(DEFAULT_RING_SETTINGS)).toEqual([]);
    expect(ringSettingsProblems({ ...DEFAULT_RING_SETTINGS, hubMaxClaims: 1, largeClaims: 2 })).toEqual([
      'hubMaxClaims',
      'largeClaims',
    ]);
  });
});
