import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agent: string;
beforeAll(async () => {
  sys = await testSystem();
  agent = await sys.login('agent.bj');
});
afterAll(() => sys.close());

describe('personal data (C11)', () => {
  it('stores names and phones encrypted: no plaintext anywhere in the raw tables', async () => {
    await createCase(sys, agent, consultation({ customerName: '司马相如', customerPhone: '13912345678' }));
    const dump = await adminQuery("SELECT string_agg(t::text, '|') AS all FROM cases t", sys.dbName);
    const text = String(dump.rows[0].all);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('司马相如');
    expect(text).toContain('139****5678');
    const events = await adminQuery(
      "SELECT coalesce(string_agg(t::text, '|'), '') AS all FROM case_events t",
      sys.dbName,
    );
    expect(String(events.rows[0].all)).not.toContain('13912345678');
  });

  it('masks by default and finds a case by phone through the blind index', async () => {
    const c = (await createCase(sys, agent, consultation({ customerPhone: '13700001111' }))).json();
    expect(c.customerPhoneMasked).toBe('137****1111');
    expect(JSON.stringify(c)).not.toContain('13700001111');
    const found = (
      await sys.app.inject({ url: '/api/cases?q=13700001111', headers: { cookie: agent } })
    ).json();
    expect(found.items.map((i: { id: string }) => i.id)).toContain(c.id);
  });

  it('reveals only with a reason and audits the reveal before returning it', async () => {
    const c = (await createCase(sys, agent, consultation({ customerPhone: '13600002222' }))).json();
    const noReason = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/reveal`,
      headers: { cookie: agent },
      payload: { field: 'customerPhone', reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const ok = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/reveal`,
      headers: { cookie: agent },
      payload: { field: 'customerPhone', reason: '回拨客户确认材料' },
    });
    expect(ok.json()).toEqual({ field: 'customerPhone', value: '13600002222' });
    const audit = await sys.db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', c.id)
      .where('action', '=', 'personal.reveal')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ field: 'customerPhone', reason: '回拨客户确认材料' });
    const auditor = await sys.login('auditor.ho');
    const denied = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/reveal`,
      headers: { cookie: auditor },
      payload: { field: 'customerPhone', reason: 'curious' },
    });
    expect(denied.json().error.code).toBe('FORBIDDEN');
  });

  it('reveals nothing when the audit row cannot be written', async () => {
    const c = (await createCase(sys, agent, consultation({ customerPhone: '13500003333' }))).json();
    await sql`CREATE FUNCTION t_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$`.execute(
      sys.db,
    );
    await sql`CREATE TRIGGER t_refuse BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION t_refuse()`.execute(
      sys.db,
    );
    const res = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/reveal`,
      headers: { cookie: agent },
      payload: { field: 'customerPhone', reason: '回拨客户' },
    });
    await sql`DROP TRIGGER t_refuse ON audit_log`.execute(sys.db);
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('AUDIT_UNAVAILABLE');
    expect(res.body).not.toContain('13500003333');
  });
});
