import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit.ts';
import { adminQuery, createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agent: string;
beforeAll(async () => {
  sys = await testSystem();
  agent = await sys.login('agent.bj');
});
afterAll(() => sys.close());

describe('audit log', () => {
  it('records who did what, with request id, in the same transaction as the change', async () => {
    const res = await createCase(sys, agent);
    const id = res.json().id;
    const rows = await sys.db.selectFrom('audit_log').selectAll().where('object_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'case.create',
      result: 'success',
      actor_name: res.json().ownerName,
      request_id: res.headers['x-request-id'],
    });
  });

  it('writes nothing when the change is refused', async () => {
    const id = (await createCase(sys, agent)).json().id;
    await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${id}/events`,
      headers: { cookie: agent },
      payload: { event: 'close', version: 1 },
    });
    const rows = await sys.db.selectFrom('audit_log').select('action').where('object_id', '=', id).execute();
    expect(rows.map((r) => r.action)).toEqual(['case.create']);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(sys.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(sys.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(sys.db)).rejects.toThrow(/append-only/);
  });

  it('verifies the chain, and detects a tampered row', async () => {
    const ok = await verifyAuditChain(sys.db);
    expect(ok.ok).toBe(true);
    expect(ok.checked).toBeGreaterThan(3);
    const auditor = await sys.login('auditor.ho');
    expect((await sys.app.inject({ url: '/api/audit/verify', headers: { cookie: auditor } })).json().ok).toBe(
      true,
    );
    // Someone with superuser rights disables the guard and rewrites history.
    const victim = (
      await sys.db
        .selectFrom('audit_log')
        .select('id')
        .orderBy('id')
        .offset(2)
        .limit(1)
        .executeTakeFirstOrThrow()
    ).id;
    await adminQuery(
      `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; UPDATE audit_log SET actor_name = 'nobody' WHERE id = ${victim}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`,
      sys.dbName,
    );
    const broken = await verifyAuditChain(sys.db);
    expect(broken).toMatchObject({ ok: false, firstBrokenId: String(victim) });
    expect((await sys.app.inject({ url: '/api/audit/verify', headers: { cookie: auditor } })).json().ok).toBe(
      false,
    );
  });

  it('lets auditors read the log and no one without the permission', async () => {
    const auditor = await sys.login('auditor.ho');
    const res = await sys.app.inject({
      url: '/api/audit?pageSize=5&action=case.create',
      headers: { cookie: auditor },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.every((i: { action: string }) => i.action === 'case.create')).toBe(true);
    expect((await sys.app.inject({ url: '/api/audit', headers: { cookie: agent } })).json().error.code).toBe(
      'FORBIDDEN',
    );
  });

  it('audits failed logins too', async () => {
    await sys.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'agent.sh', password: 'bad' },
    });
    const last = await sys.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'auth.login', result: 'failure' });
  });
});
