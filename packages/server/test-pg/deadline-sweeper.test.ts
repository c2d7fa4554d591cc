import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit.ts';
import { createDb, type Db } from '../src/db/database.ts';
import { sweepOnce } from '../src/jobs/deadline-sweeper.ts';
import { createCase, dbUrl, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let otherNode: Db;
beforeAll(async () => {
  sys = await testSystem();
  // A second API node: its own connection pool on the same database, the same (frozen) clock.
  otherNode = createDb(dbUrl(sys.dbName), 10);
});
afterAll(async () => {
  await otherNode.destroy();
  await sys.close();
});

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const at = async (local: string, user = 'agent.bj') => {
  sys.clock.set(bj(local));
  return sys.login(user);
};
const sweep = (db: Db = sys.db, batchSize?: number) =>
  sweepOnce({ db, clock: sys.clock }, batchSize ? { batchSize } : {});

const notices = (caseIds: string[]) =>
  sys.db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['n.case_id', 'n.kind', 'n.escalation_level', 'u.username'])
    .where('n.case_id', 'in', caseIds)
    .orderBy('n.created_at')
    .orderBy('n.escalation_level')
    .execute();

const systemEvents = (caseIds: string[]) =>
  sys.db
    .selectFrom('case_events')
    .select(['case_id', 'type', 'data'])
    .where('case_id', 'in', caseIds)
    .where('type', 'in', ['deadlineBreached', 'deadlineEscalated'])
    .orderBy('id')
    .execute();

describe('deadline sweeper', () => {
  it('warns the owner once, then escalates one level per sweep along the chain', async () => {
    const agent = await at('2026-11-23 09:00');
    // Monday 09:00 + 2 working hours: due 11:00, warning 10:30; one chain step per hour once late.
    const c = (await createCase(sys, agent)).json();
    const steps: [string, string][] = [];
    for (const time of ['10:00', '10:30', '10:30', '11:00', '11:30', '12:00', '13:00', '14:00', '15:00']) {
      sys.clock.set(bj(`2026-11-23 ${time}`));
      const r = await sweep();
      steps.push([time, `${r.warned}w${r.escalated}e`]);
    }
    expect(steps.filter(([, s]) => s !== '0w0e')).toEqual([
      ['10:30', '1w0e'],
      ['11:00', '0w1e'],
      ['12:00', '0w1e'],
      ['13:00', '0w1e'],
      ['14:00', '0w1e'],
    ]);
    expect((await notices([c.id])).map((n) => `${n.kind}:${n.escalation_level}:${n.username}`)).toEqual([
      'warn:0:agent.bj',
      'escalate:1:agent.bj',
      'escalate:2:teamlead.bj',
      'escalate:3:supervisor.bj',
      'escalate:4:headoffice.ho',
    ]);
    const events = await systemEvents([c.id]);
    expect(events.map((e) => e.type)).toEqual([
      'deadlineBreached',
      'deadlineEscalated',
      'deadlineEscalated',
      'deadlineEscalated',
    ]);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('object_id', '=', c.id)
      .where('action', 'like', 'deadline.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'deadline.breach',
      'deadline.escalate',
      'deadline.escalate',
      'deadline.escalate',
    ]);
    const lead = await at('2026-11-23 15:00', 'teamlead.bj');
    const view = (await sys.app.inject({ url: `/api/cases/${c.id}`, headers: { cookie: lead } })).json();
    expect(view.deadlines[0]).toMatchObject({
      state: 'escalated',
      escalationLevel: 4,
      escalatedTo: 'headOffice',
    });
    expect(view.events.at(-1)).toMatchObject({ type: 'deadlineEscalated', actorId: null, actorName: null });
  });

  it('shows each person their notices and lets them mark one read', async () => {
    const lead = await at('2026-11-23 15:00', 'teamlead.bj');
    const list = (await sys.app.inject({ url: '/api/notifications', headers: { cookie: lead } })).json();
    expect(list.unread).toBeGreaterThanOrEqual(1);
    const first = list.items[0];
    expect(first).toMatchObject({ kind: 'escalate', escalationLevel: 2, readAt: null });
    expect(first.messageZh).toContain('已升级至客服组长');
    const read = await sys.app.inject({
      method: 'POST',
      url: `/api/notifications/${first.id}/read`,
      headers: { cookie: lead },
    });
    expect(read.json().readAt).toBe(bj('2026-11-23 15:00'));
    const after = (await sys.app.inject({ url: '/api/notifications', headers: { cookie: lead } })).json();
    expect(after.unread).toBe(list.unread - 1);
    const agent = await at('2026-11-23 15:00', 'agent.bj');
    const notMine = await sys.app.inject({
      method: 'POST',
      url: `/api/notifications/${first.id}/read`,
      headers: { cookie: agent },
    });
    expect([notMine.statusCode, notMine.json().error.code]).toEqual([404, 'NOTIFICATION_NOT_FOUND']);
  });

  it('two sweepers on the same database, racing users, notify every step exactly once', async () => {
    const agent = await at('2026-11-24 09:00', 'agent.bj01');
    const created = await Promise.all(Array.from({ length: 30 }, () => createCase(sys, agent)));
    const cases = created.map((r) => r.json() as { id: string; version: number });
    const ids = cases.map((c) => c.id);
    let notified = 0;
    const race = async (time: string, alsoAnswer: { id: string; version: number }[] = []) => {
      const cookie = await at(`2026-11-24 ${time}`, 'agent.bj01');
      const results = await Promise.all([
        sweep(sys.db, 7),
        sweep(otherNode, 7),
        sweep(sys.db, 3),
        sweep(otherNode),
        ...alsoAnswer.map((c) =>
          sys.app.inject({
            method: 'POST',
            url: `/api/cases/${c.id}/events`,
            headers: { cookie },
            payload: { event: 'answer', version: c.version, note: '已答复' },
          }),
        ),
      ]);
      for (const r of results) {
        if ('notified' in r) notified += r.notified;
        else expect(r.statusCode).toBe(200);
      }
    };
    await race('10:30');
    // At the breach, users answer ten of the cases while both nodes sweep: no deadlock, no lost step.
    await race('11:00', cases.slice(0, 10));
    for (const time of ['12:00', '13:00', '14:00', '15:00']) await race(time);

    const rows = await notices(ids);
    const keys = rows.map((n) => `${n.case_id}:${n.kind}:${n.escalation_level}:${n.username}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(notified).toBe(rows.length);
    const events = await systemEvents(ids);
    const eventKeys = events.map((e) => `${e.case_id}:${(e.data as { level: number }).level}`);
    expect(new Set(eventKeys).size).toBe(eventKeys.length);
    // The twenty unanswered cases: warning + four chain steps each; the sub-branch's lead is its own.
    for (const id of ids.slice(10)) {
      expect(
        rows.filter((n) => n.case_id === id).map((n) => `${n.kind}:${n.escalation_level}:${n.username}`),
      ).toEqual([
        'warn:0:agent.bj01',
        'escalate:1:agent.bj01',
        'escalate:2:teamlead.bj01',
        'escalate:3:supervisor.bj',
        'escalate:4:headoffice.ho',
      ]);
      expect(events.filter((e) => e.case_id === id)).toHaveLength(4);
    }
    // The answered ten were met either before the breach or right after it, never escalated further.
    for (const id of ids.slice(0, 10)) {
      const levels = rows
        .filter((n) => n.case_id === id && n.kind === 'escalate')
        .map((n) => n.escalation_level);
      expect(levels.every((l) => l === 1)).toBe(true);
    }
    const states = await sql<{ state: string; n: string }>`
      SELECT state, count(*) AS n FROM deadlines WHERE case_id = ANY(${ids}::uuid[]) GROUP BY state ORDER BY state`.execute(
      sys.db,
    );
    expect(states.rows).toEqual([
      { state: 'escalated', n: '20' },
      { state: 'met', n: '10' },
    ]);
    expect((await verifyAuditChain(sys.db)).ok).toBe(true);
  });

  it('a repeated sweep at the same instant does nothing', async () => {
    sys.clock.set(bj('2026-11-24 15:00'));
    expect(await sweep()).toEqual({ claimed: 0, warned: 0, escalated: 0, notified: 0 });
  });
});
