import { randomInt } from 'node:crypto';
import { passwordIsStrong } from '../auth/passwords.ts';

// No look-alike characters (0/O, 1/l/I): the password is read off a screen and typed once.
const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '@#%+=?'];
/** Long enough to outlast the lockout by far (GB/T 22239 level 3 complexity), short enough to type. */
export const TEMPORARY_PASSWORD_LENGTH = 14;

/** A one-time password with every class present; it must be changed at the next login. */
export const temporaryPassword = (username: string): string => {
  for (;;) {
    const chars = CLASSES.map((c) => c[randomInt(c.length)] as string);
    const all = CLASSES.join('');
    while (chars.length < TEMPORARY_PASSWORD_LENGTH) chars.push(all[randomInt(all.length)] as string);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    }
    const pw = chars.join('');
    if (passwordIsStrong(pw, username)) return pw;
  }
};
