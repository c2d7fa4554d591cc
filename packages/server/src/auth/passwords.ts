import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended floor (19 MiB, 2 passes); algorithm 2 = argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export const verifyPassword = async (stored: string, password: string) => {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
};

/** A hash to verify against when the user does not exist, so timing does not reveal valid usernames. */
let dummy: Promise<string> | undefined;
export const dummyVerify = async (password: string) => {
  dummy ??= hashPassword('claimline-no-such-user');
  await verifyPassword(await dummy, password);
  return false;
};

/**
 * Minimum password rule (GB/T 22239-2019 level 3 "identity authentication: complexity"):
 * at least 10 characters from at least three of four classes, not containing the username.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const passwordIsStrong = (password: string, username: string) => {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > 200) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(password)).length;
  if (classes < 3) return false;
  return !(username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()));
};
