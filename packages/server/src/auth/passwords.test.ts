import { describe, expect, it } from 'vitest';
import { hashPassword, passwordIsStrong, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('Claim@2026');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'Claim@2026')).toBe(true);
    expect(await verifyPassword(h, 'claim@2026')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });

  it.each([
    ['Claim@2026', 'agent.bj', true],
    ['short1A!', 'agent.bj', false],
    ['onlylowercaseletters', 'agent.bj', false],
    ['lowercase-and-digits-1', 'agent.bj', true],
    ['My-agent.bj-Pass1', 'agent.bj', false],
  ])('%s for %s → %s', (pw, user, ok) => {
    expect(passwordIsStrong(pw, user)).toBe(ok);
  });
});
