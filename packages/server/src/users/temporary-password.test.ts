import { describe, expect, it } from 'vitest';
import { passwordIsStrong } from '../auth/passwords.ts';
import { TEMPORARY_PASSWORD_LENGTH, temporaryPassword } from './temporary-password.ts';

describe('temporaryPassword', () => {
  it('is strong, of the set length, and different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pw = temporaryPassword('agent.bj99');
      expect(pw).toHaveLength(TEMPORARY_PASSWORD_LENGTH);
      expect(passwordIsStrong(pw, 'agent.bj99')).toBe(true);
      seen.add(pw);
    }
    expect(seen.size).toBe(200);
  });
});
