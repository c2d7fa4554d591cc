import type { ClaimLink, EntityKind } from './entities.ts';

/** A connected group of claims, joined by entities that at least two of its claims share (hubs left out). */
export type ClaimComponent = {
  claims: string[];
  /** The shared entities that join it, with how many of its claims name each. */
  shared: { kind: EntityKind; key: string; claims: string[] }[];
};

/**
 * Connected components of the claim–entity graph by union–find over integer ids: linear in the links, so a full
 * rebuild over a million claims stays in seconds (graphology's traversal is the reference in the tests and draws
 * one ring; it is too heavy for the whole book). An entity named by more than `hubMaxClaims` claims joins nothing.
 * Only components of two claims or more are returned, each sorted, in order of their smallest claim id.
 */
export const claimComponents = (links: Iterable<ClaimLink>, hubMaxClaims: number): ClaimComponent[] => {
  const claimIx = new Map<string, number>();
  const claimIds: string[] = [];
  // Past the hub limit an entity's claims are no longer kept: it joins nothing, and the check stays cheap.
  // One map per kind, so no key string is built per link.
  type Entity = { kind: EntityKind; key: string; claims: number[]; hub: boolean };
  const byKind = new Map<EntityKind, Map<string, Entity>>();
  for (const l of links) {
    let c = claimIx.get(l.claimId);
    if (c === undefined) {
      c = claimIds.length;
      claimIx.set(l.claimId, c);
      claimIds.push(l.claimId);
    }
    let ofKind = byKind.get(l.kind);
    if (!ofKind) {
      ofKind = new Map();
      byKind.set(l.kind, ofKind);
    }
    let e = ofKind.get(l.key);
    if (!e) {
      e = { kind: l.kind, key: l.key, claims: [], hub: false };
      ofKind.set(l.key, e);
    }
    // A claim naming one thing twice (reporter and applicant on one phone) is one link.
    if (e.hub || e.claims.includes(c)) continue;
    if (e.claims.length === hubMaxClaims) {
      e.hub = true;
      e.claims = [];
    } else e.claims.push(c);
  }
  const parent = Int32Array.from({ length: claimIds.length }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    let y = x;
    while (parent[y] !== r) {
      const next = parent[y] as number;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  const joining: Entity[] = [];
  for (const ofKind of byKind.values())
    for (const e of ofKind.values()) {
      if (e.hub || e.claims.length < 2) continue;
      joining.push(e);
      const first = find(e.claims[0] as number);
      for (let i = 1; i < e.claims.length; i++) {
        const r = find(e.claims[i] as number);
        if (r !== first) parent[r] = first;
      }
    }
  const groups = new Map<number, ClaimComponent>();
  for (const e of joining) {
    const root = find(e.claims[0] as number);
    let g = groups.get(root);
    if (!g) {
      g = { claims: [], shared: [] };
      groups.set(root, g);
    }
    g.shared.push({ kind: e.kind, key: e.key, claims: e.claims.map((c) => claimIds[c] as string).sort() });
  }
  for (let i = 0; i < claimIds.length; i++) groups.get(find(i))?.claims.push(claimIds[i] as string);
  const out = [...groups.values()];
  for (const g of out) {
    g.claims.sort();
    g.shared.sort((a, b) => (a.kind + a.key < b.kind + b.key ? -1 : 1));
  }
  return out.sort((a, b) => ((a.claims[0] as string) < (b.claims[0] as string) ? -1 : 1));
};
