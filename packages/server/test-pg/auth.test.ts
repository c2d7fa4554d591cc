import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem();
});
afterAll(() => sys.close());

const me = (cookie: string) => sys.app.inject({ url: '/api/auth/me', headers: { cookie } });
const login = (username: string, password: string) =>
  sys.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('login and sessions', () => {
  it('sets an HttpOnly SameSite=Strict cookie and stores only a hash of the token', async () => {
    const res = await login('agent.bj', 'Claim@2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'claimline_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.secure).toBeFalsy();
    const stored = await sys.db.selectFrom('sessions').select('id_hash').execute();
    expect(stored.some((s) => s.id_hash === cookie.value)).toBe(false);
    expect(res.json().user).toMatchObject({ username: 'agent.bj', role: 'agent', branchCode: 'BJ' });
  });

  it('marks the cookie Secure behind TLS', async () => {
    const tls = await testSystem({ settings: { trustProxy: true } });
    const res = await tls.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'agent.bj', password: 'Claim@2026' },
    });
    expect(res.cookies.find((c) => c.name === 'claimline_sid')?.secure).toBe(true);
    await tls.close();
  });

  it('refuses a wrong password with a message in the caller language', async () => {
    const res = await sys.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-US' },
      payload: { username: 'agent.bj', password: 'wrong-password' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Wrong username or password',
    });
    expect(res.json().error.messageZh).toBe('用户名或密码错误');
  });

  it('locks the account after 5 failures, even for the right password, until the lock expires', async () => {
    for (let i = 0; i < 4; i++) expect((await login('agent.sh01', 'nope')).statusCode).toBe(401);
    const fifth = await login('agent.sh01', 'nope');
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    expect((await login('agent.sh01', 'Claim@2026')).json().error.code).toBe('ACCOUNT_LOCKED');
    sys.clock.advance(15 * 60_000 + 1000);
    expect((await login('agent.sh01', 'Claim@2026')).statusCode).toBe(200);
    sys.clock.set('2026-11-22T02:00:00Z');
  });

  it('expires a session after 30 idle minutes', async () => {
    const cookie = await sys.login('teamlead.bj');
    sys.clock.advance(29 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    sys.clock.advance(29 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    sys.clock.advance(31 * 60_000);
    const expired = await me(cookie);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
    sys.clock.set('2026-11-22T02:00:00Z');
  });

  it('expires an active session after 12 hours in all', async () => {
    const cookie = await sys.login('supervisor.bj');
    for (let h = 0; h < 12; h++) {
      sys.clock.advance(25 * 60_000);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    sys.clock.advance(12 * 3_600_000 - 12 * 25 * 60_000 + 1000);
    expect((await me(cookie)).json().error.code).toMatch(/SESSION_EXPIRED/);
    sys.clock.set('2026-11-22T02:00:00Z');
  });

  it('invalidates the session on the server at logout', async () => {
    const cookie = await sys.login('agent.bj01');
    expect(
      (await sys.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode,
    ).toBe(204);
    expect((await me(cookie)).json().error.code).toBe('UNAUTHENTICATED');
  });

  it('rate-limits login attempts per account and address', async () => {
    const limited = await testSystem({ settings: { loginRatePerMinute: 3 } });
    const codes = [];
    for (let i = 0; i < 5; i++) {
      const r = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'x', password: 'y' },
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    await limited.close();
  });
});

describe('passwords', () => {
  it('enforces the minimum rule and the change works', async () => {
    const cookie = await sys.login('serviceManager.bj'.toLowerCase());
    const change = (newPassword: string) =>
      sys.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie },
        payload: { currentPassword: 'Claim@2026', newPassword },
      });
    expect((await change('short1A!')).json().error.code).toBe('PASSWORD_TOO_WEAK');
    expect((await change('alllowercaseletters')).json().error.code).toBe('PASSWORD_TOO_WEAK');
    expect((await change('servicemanager.bj-X1')).json().error.code).toBe('PASSWORD_TOO_WEAK');
    expect((await change('Claim@2026')).json().error.code).toBe('PASSWORD_REUSED');
    expect((await change('Typhoon-Shift-2026')).statusCode).toBe(204);
    expect((await login('servicemanager.bj', 'Typhoon-Shift-2026')).statusCode).toBe(200);
  });

  it('outside demo mode the seeded admin must change the password first', async () => {
    const prod = await testSystem({ settings: { demo: false, adminPassword: 'Initial#Admin2026' } });
    const cookie = await prod.login('admin', 'Initial#Admin2026');
    const blocked = await prod.app.inject({ url: '/api/users', headers: { cookie } });
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (await prod.app.inject({ url: '/api/auth/me', headers: { cookie } })).json().user.mustChangePassword,
    ).toBe(true);
    const changed = await prod.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'Initial#Admin2026', newPassword: 'Fresh#Keeper-2026' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await prod.app.inject({ url: '/api/users', headers: { cookie } })).statusCode).toBe(200);
    await prod.close();
  });
});
