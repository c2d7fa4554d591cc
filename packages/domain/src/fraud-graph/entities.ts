import type { Label } from '../core/index.ts';

/**
 * What two claims can share (seed 004 四.10 反欺诈: identify fraud; PRODUCT.md C12 "links between claimants").
 * Every key is a keyed hash (blind index) computed where the value was typed; the graph never sees plaintext.
 */
export const ENTITY_KINDS = {
  person: { zh: '人员（身份证）', en: 'Person (ID number)' },
  phone: { zh: '电话', en: 'Phone' },
  plate: { zh: '车牌', en: 'Plate' },
  address: { zh: '地址', en: 'Address' },
  payee: { zh: '收款账户', en: 'Payee account' },
  repairShop: { zh: '修理厂', en: 'Repair shop' },
  hospital: { zh: '医院', en: 'Hospital' },
} as const satisfies Record<string, Label>;

export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_CODES = Object.keys(ENTITY_KINDS) as [EntityKind, ...EntityKind[]];

/** One edge of the claim graph: a claim and a thing it names, by keyed hash. */
export type ClaimLink = { claimId: string; kind: EntityKind; key: string };

/** Node ids of the bipartite graph: claims and entities never collide. */
export const claimNode = (claimId: string) => `c:${claimId}`;
export const entityNode = (kind: EntityKind, key: string) => `e:${kind}:${key}`;

/**
 * Things that belong to a person. Strangers share a garage or a hospital every day, so a business joins claims
 * into one component but only personal things make it dense.
 */
export const PERSONAL_KINDS: ReadonlySet<EntityKind> = new Set([
  'person',
  'phone',
  'plate',
  'address',
  'payee',
]);
