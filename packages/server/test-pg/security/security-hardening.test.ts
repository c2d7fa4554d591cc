import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type TestSystem, testSystem } from '../helpers.ts';

/** Issue #18 parts 5 and 7: the holes a probe of the running system found, each kept closed by a test. */
let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem();
});
afterAll(() => sys.close());

const attempt = (s: TestSystem, username: string, password: string, remoteAddress = '127.0.0.1') =>
  s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

const auditRows = (action: string) =>
  sys.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('login answers never tell which names exist', () => {
  it('locks an unknown name after 5 failures exactly as it locks a real account', async () => {
    const answers = async (name: string) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await attempt(sys, name, 'Wrong-Guess-1');
        out.push(`${r.statusCode} ${r.json().error.code}`);
      }
      return out;
    };
    const known = await answers('claimshandler.sh01');
    const unknown = await answers('no.such.person');
    expect(unknown).toEqual(known);
    expect(known.slice(3, 6)).toEqual([
      '401 INVALID_CREDENTIALS',
      '423 ACCOUNT_LOCKED',
      '423 ACCOUNT_LOCKED',
    ]);
    // The name typed is stored only as a keyed hash.
    const stored = await sys.db.selectFrom('login_throttle').select('name_key').execute();
    expect(stored.map((r) => r.name_key).join(' ')).not.toContain('no.such.person');
    sys.clock.advance(15 * 60_000 + 1000);
    expect((await attempt(sys, 'no.such.person', 'x')).statusCode).toBe(401);
    expect((await attempt(sys, 'claimshandler.sh01', 'Claim@2026')).statusCode).toBe(200);
  });

  it('says a disabled account is disabled only to someone who knows its password', async () => {
    await sys.db
      .updateTable('users')
      .set({ active: false })
      .where('username', '=', 'teamlead.sh01')
      .execute();
    const wrong = await attempt(sys, 'teamlead.sh01', 'Wrong-Guess-1');
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const right = await attempt(sys, 'teamlead.sh01', 'Claim@2026');
    expect([right.statusCode, right.json().error.code]).toEqual([403, 'ACCOUNT_DISABLED']);
  });
});

describe('changing the password', () => {
  it('counts wrong current passwords toward the lockout and then ends every session', async () => {
    const cookie = await sys.login('agent.bj01');
    const change = () =>
      sys.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie },
        payload: { currentPassword: 'Wrong-Guess-1', newPassword: 'Typhoon-Shift-2026' },
      });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await change()).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    // The session that guessed is gone, and the right password cannot log in until the lock ends.
    const me = await sys.app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect((await attempt(sys, 'agent.bj01', 'Claim@2026')).statusCode).toBe(423);
    const rows = (await auditRows('auth.passwordChanged')).filter((r) => r.result !== 'success');
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => (r.details as { reason: string }).reason === 'wrongPassword')).toBe(true);
  });
});

describe('login rate limits', () => {
  it('limits per account and address, so one office behind one address can all log in', async () => {
    const limited = await testSystem({
      settings: { loginRatePerMinute: 3, loginRatePerAddressPerMinute: 40 },
    });
    const office = [];
    for (let i = 0; i < 30; i++)
      office.push((await attempt(limited, `agent.${i}`, 'x', '10.0.0.1')).statusCode);
    expect(office.every((c) => c === 401)).toBe(true);
    const one = [];
    for (let i = 0; i < 5; i++) one.push((await attempt(limited, 'guess.me', 'x', '10.0.0.2')).statusCode);
    expect(one).toEqual([401, 401, 401, 429, 429]);
    // The same name from another address is counted apart.
    expect((await attempt(limited, 'guess.me', 'x', '10.0.0.3')).statusCode).toBe(401);
    // And one address spraying many names meets the wider limit.
    const spray = [];
    for (let i = 0; i < 12; i++)
      spray.push((await attempt(limited, `spray.${i}`, 'x', '10.0.0.1')).statusCode);
    expect(spray.filter((c) => c === 429).length).toBeGreaterThan(0);
    await limited.close();
  });
});

describe('requests from other origins', () => {
  it('refuses a state-changing request whose Origin is another site, and keeps the session', async () => {
    const cookie = await sys.login('agent.bj');
    const logout = (headers: Record<string, string>) =>
      sys.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, ...headers } });
    const foreign = await logout({ origin: 'http://claimline.test:8080', 'content-type': 'text/plain' });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([403, 'ORIGIN_REFUSED']);
    const crossSite = await logout({ 'sec-fetch-site': 'cross-site' });
    expect(crossSite.json().error.code).toBe('ORIGIN_REFUSED');
    expect((await logout({ origin: 'null' })).statusCode).toBe(403);
    expect((await sys.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    const refused = await auditRows('access.denied');
    expect(refused.at(-1)?.details).toMatchObject({ code: 'ORIGIN_REFUSED', route: '/api/auth/logout' });
    const own = await logout({ host: 'claimline.test', origin: 'http://claimline.test' });
    expect(own.statusCode).toBe(204);
  });

  it('accepts a configured origin', async () => {
    const other = await testSystem({ settings: { allowedOrigins: ['https://console.example.cn'] } });
    const cookie = await other.login('agent.bj');
    const r = await other.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: 'https://console.example.cn' },
    });
    expect(r.statusCode).toBe(204);
    await other.close();
  });
});

describe('answers and refusals', () => {
  it('marks every API answer no-store, errors included', async () => {
    const cookie = await sys.login('agent.bj');
    const me = await sys.app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.headers['cache-control']).toBe('no-store');
    const anon = await sys.app.inject({ url: '/api/cases' });
    expect(anon.headers['cache-control']).toBe('no-store');
  });

  it('audits a refused request with who tried which route', async () => {
    const cookie = await sys.login('agent.bj');
    const r = await sys.app.inject({ url: '/api/audit', headers: { cookie } });
    expect(r.statusCode).toBe(403);
    const row = (await auditRows('access.denied')).at(-1);
    expect(row).toMatchObject({ actor_name: expect.any(String), result: 'denied' });
    expect(row?.details).toMatchObject({ code: 'FORBIDDEN', method: 'GET', route: '/api/audit' });
  });
});

describe('logs', () => {
  it('never write a phone or ID number that a request carried (canary)', async () => {
    const lines: string[] = [];
    const logged = await testSystem({
      settings: { logLevel: 'info' },
      app: { logger: true, logStream: { write: (line: string) => void lines.push(line) } },
    });
    const cookie = await logged.login('agent.bj');
    const phone = '13912348765';
    const idNumber = '11010519491231002X';
    await logged.app.inject({ url: `/api/cases?q=${phone}`, headers: { cookie } });
    await logged.app.inject({ url: `/api/cases?q=${idNumber}&status=open`, headers: { cookie } });
    await createCase(logged, cookie);
    await logged.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie, 'idempotency-key': 'canary-1' },
      payload: { kind: 'consultation', customerPhone: phone, idNumber, description: idNumber },
    });
    await logged.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: phone, password: idNumber },
    });
    await logged.close();
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(8);
    expect(all).toContain('/api/cases?q=_');
    expect(all).not.toContain(phone);
    expect(all).not.toContain(idNumber);
    expect(all).not.toContain('Claim@2026');
    expect(all).not.toMatch(/claimline_sid=/);
  });
});
