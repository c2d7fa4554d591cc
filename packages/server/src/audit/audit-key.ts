import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The key of the audit chain lives outside the database: whoever can write the audit table cannot recompute a
 * chain that verifies. One key per process, set once at start: a process serves one database, and the log is
 * written from some fifty places inside their own transactions, which need not each carry it.
 */
let processKey: Buffer | null = null;

export const useAuditKey = (key: Buffer | null) => {
  processKey = key;
};

export const currentAuditKey = () => processKey;

const decode = (b64: string) => {
  const key = Buffer.from(b64.trim(), 'base64');
  if (key.length !== 32) throw new Error('the audit key must be 32 bytes (base64)');
  return key;
};

/** CLAIMLINE_AUDIT_KEY (base64), or for a single embedded node a generated 0600 file beside the field keys. */
export const loadAuditKey = (envValue: string | undefined, dataDir: string): Buffer => {
  if (envValue) return decode(envValue);
  const file = path.join(dataDir, 'audit-key');
  if (existsSync(file)) return decode(readFileSync(file, 'utf8'));
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return key;
};
