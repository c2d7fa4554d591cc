import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Key ring for personal data at rest (PIPL art. 51; JR/T 0171-2020): AES-256-GCM, key id per value. */
const keyRingSchema = z.object({
  current: z.string().min(1),
  keys: z.record(z.string(), z.string()),
  blindIndexKey: z.string(),
});
export type KeyRing = z.infer<typeof keyRingSchema>;

export type FieldCrypto = {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  blindIndex(kind: string, normalized: string): string;
  currentKeyId: string;
};

const decodeKey = (b64: string, what: string) => {
  const k = Buffer.from(b64, 'base64');
  if (k.length !== 32) throw new Error(`${what} must be 32 bytes (base64)`);
  return k;
};

export const newKeyRing = (): KeyRing => ({
  current: 'k1',
  keys: { k1: randomBytes(32).toString('base64') },
  blindIndexKey: randomBytes(32).toString('base64'),
});

export const createFieldCrypto = (ring: KeyRing): FieldCrypto => {
  const parsed = keyRingSchema.parse(ring);
  const keys = new Map(Object.entries(parsed.keys).map(([id, k]) => [id, decodeKey(k, `key ${id}`)]));
  const current = keys.get(parsed.current);
  if (!current) throw new Error(`current key ${parsed.current} is not in the key ring`);
  const bidxKey = decodeKey(parsed.blindIndexKey, 'blind index key');
  return {
    currentKeyId: parsed.current,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        'v1',
        parsed.current,
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        ct.toString('base64'),
      ].join(':');
    },
    decrypt(sealed) {
      const [version, kid, iv, tag, ct] = sealed.split(':');
      const key = kid ? keys.get(kid) : undefined;
      if (version !== 'v1' || !key || !iv || !tag || ct === undefined)
        throw new Error('unreadable sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
    },
    // Keyed so that a stolen table cannot be matched against a list of all phone numbers.
    blindIndex: (kind, normalized) =>
      createHmac('sha256', bidxKey).update(`${kind}\u0000${normalized}`).digest('base64url'),
  };
};

/** Keys come from CLAIMLINE_FIELD_KEYS (JSON) or, for a single embedded node, a generated 0600 file. */
export const loadKeyRing = (envValue: string | undefined, dataDir: string): KeyRing => {
  if (envValue) return keyRingSchema.parse(JSON.parse(envValue));
  const file = path.join(dataDir, 'field-keys.json');
  if (existsSync(file)) return keyRingSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const ring = newKeyRing();
  writeFileSync(file, JSON.stringify(ring, null, 2), { mode: 0o600 });
  return ring;
};
