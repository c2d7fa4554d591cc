import { createHash, createHmac } from 'node:crypto';

/** jsonb reorders keys, so the hash is taken over a canonical form that survives the round trip. */
export const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
};

export type ChainedFields = {
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  request_id: string | null;
  ip: string | null;
  details: unknown;
};

export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the previous hash and the row; keyed (HMAC) when the process holds the audit key (audit-key.ts). */
export const chainHash = (prevHash: string, f: ChainedFields, key: Buffer | null = null) =>
  (key ? createHmac('sha256', key) : createHash('sha256'))
    .update(
      JSON.stringify([
        prevHash,
        f.at.toISOString(),
        f.actor_id,
        f.actor_name,
        f.action,
        f.object_type,
        f.object_id,
        f.result,
        f.request_id,
        f.ip,
        canonical(f.details ?? {}),
      ]),
    )
    .digest('hex');
