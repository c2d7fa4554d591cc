import { ENTITY_KIND_CODES } from '@claimline/domain/fraud-graph';
import { z } from 'zod';
import { answers, instantDate, named, stored } from '../http/answers.ts';

export const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
export const ringParams = z.object({ id: z.uuid() });
export const revealBody = z.object({
  node: z.string().regex(/^e\d{1,4}$/),
  reason: z.string().trim().min(2).max(200),
});

const ring = named(
  'FraudRing',
  z.object({
    id: z.uuid(),
    version: z.number().int(),
    /** False for an older version or a dissolved ring. */
    current: z.boolean(),
    claims: z.number().int(),
    people: z.number().int(),
    density: z.number(),
    reasons: z.array(stored(['dense', 'large'])),
    linkKinds: z.array(stored(ENTITY_KIND_CODES)),
    totalAmountFen: z.number().int(),
    builtFor: stored(['intake', 'full']),
    builtAt: instantDate,
  }),
);

const node = named(
  'FraudGraphNode',
  z.discriminatedUnion('type', [
    z.object({
      id: z.string(),
      type: z.literal('claim'),
      /** Null for a claim outside the caller's scope: shown as a node, never opened. */
      caseId: z.uuid().nullable(),
      number: z.string().nullable(),
      caseKind: z.string().nullable(),
      state: z.string().nullable(),
    }),
    z.object({
      id: z.string(),
      type: z.literal('entity'),
      kind: stored(ENTITY_KIND_CODES),
      /** Masked (138****1234); a hospital's name in full. */
      label: z.string(),
      claims: z.number().int(),
    }),
  ]),
);

export const listResponse = answers({ 200: named('FraudRingList', z.object({ items: z.array(ring) })) });
export const graphResponse = answers({
  200: named(
    'FraudRingGraph',
    z.object({
      ring,
      nodes: z.array(node),
      edges: z.array(z.object({ source: z.string(), target: z.string() })),
    }),
  ),
});
export const revealResponse = answers({
  200: named('FraudNodeReveal', z.object({ node: z.string(), value: z.string() })),
});
export const rebuildResponse = answers({
  200: named(
    'FraudGraphRebuild',
    z.object({ flagged: z.number().int(), changed: z.number().int(), retired: z.number().int() }),
  ),
});
