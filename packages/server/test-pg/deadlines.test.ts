import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem();
});
afterAll(() => sys.close());

/** Beijing wall time as an ISO instant, the way the API answers. */
const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

/** Moves the frozen clock and logs in again (sessions time out after 30 idle minutes of the clock). */
const at = async (local: string, user = 'agent.bj') => {
  sys.clock.set(bj(local));
  return sys.login(user);
};

type DeadlineView = {
  kind: string;
  ruleSource: string;
  dueAt: string;
  warnAt: string | null;
  state: string;
  escalationLevel: number;
  metAt: string | null;
  calendarNotPublished: boolean;
};

const detail = async (cookie: string, id: string) =>
  (await sys.app.inject({ url: `/api/cases/${id}`, headers: { cookie } })).json() as {
    version: number;
    deadlines: DeadlineView[];
  };

const event = (cookie: string, id: string, payload: Record<string, unknown>) =>
  sys.app.inject({ method: 'POST', url: `/api/cases/${id}/events`, headers: { cookie }, payload });

describe('deadlines start with the case, on the business calendar (seed rules)', () => {
  it('first response: 2 working hours across National Day 2026', async () => {
    const cookie = await at('2026-09-30 17:00');
    const c = (await createCase(sys, cookie)).json();
    expect(c.deadlines).toEqual([
      expect.objectContaining({
        kind: 'caseFirstResponse',
        // 17:00–17:30 on 30 Sep, 1–7 Oct off, then 08:30–10:00 on 8 Oct.
        dueAt: bj('2026-10-08 10:00'),
        warnAt: bj('2026-10-08 09:30'),
        state: 'open',
        escalationLevel: 0,
        calendarNotPublished: false,
      }),
    ]);
    expect(c.deadlines[0].ruleSource).toContain('000');
  });

  it('claim hand-over waits for the complete set: nothing starts with the case (seed 003 (五))', async () => {
    const cookie = await at('2026-02-12 15:00', 'claimshandler.bj');
    const c = (
      await createCase(sys, cookie, consultation({ kind: 'claimApplication', channel: 'walkIn' }))
    ).json();
    // The 3 working days over Spring Festival are counted from the complete set in claim-applications.test.ts.
    expect(c.deadlines).toEqual([]);
    const rule = await sys.db
      .selectFrom('deadline_rules')
      .select(['starts_on', 'met_by'])
      .where('id', '=', 'claim-materials-handover')
      .executeTakeFirstOrThrow();
    expect(rule).toEqual({ starts_on: 'materialsComplete', met_by: ['confirmReceipt'] });
  });

  it('complaint decision: 15 natural days ending in the National Day holiday end on 5 October (办法 art. 43)', async () => {
    const cookie = await at('2026-09-20 10:00');
    const c = (await createCase(sys, cookie, consultation({ kind: 'complaint' }))).json();
    expect(c.deadlines.map((d: DeadlineView) => [d.kind, d.dueAt])).toEqual([
      ['complaintDecision', bj('2026-10-06 00:00')],
    ]);
  });

  it('opens nothing for kinds without a firing rule (the major-case rule waits for its flag)', async () => {
    const cookie = await at('2026-11-23 09:00');
    // A claim report is registered at its desk only (claim-intake-fixes.test.ts); a suggestion has no rule.
    const suggestion = (await createCase(sys, cookie, consultation({ kind: 'suggestion' }))).json();
    expect(suggestion.deadlines).toEqual([]);
    const rules = await sys.db.selectFrom('deadline_rules').select(['id', 'starts_on', 'source']).execute();
    expect(rules.find((r) => r.id === 'major-case-report')).toMatchObject({ starts_on: 'majorCaseFlagged' });
    expect(rules.every((r) => r.source.length > 5)).toBe(true);
  });

  it('flags a deadline that runs into a year without a notice', async () => {
    const cookie = await at('2026-12-31 17:00');
    const c = (await createCase(sys, cookie)).json();
    // 2027 is not published: 1 January is computed as a plain Friday, and said so.
    expect(c.deadlines[0]).toMatchObject({ dueAt: bj('2027-01-01 10:00'), calendarNotPublished: true });
    const list = (await sys.app.inject({ url: `/api/cases?q=${c.number}`, headers: { cookie } })).json();
    expect(list.items[0].nextDeadline).toMatchObject({
      dueAt: bj('2027-01-01 10:00'),
      calendarNotPublished: true,
    });
  });
});

describe('a case event meets its deadlines', () => {
  it('answer meets the first response, with its time', async () => {
    const cookie = await at('2026-11-23 09:00');
    const c = (await createCase(sys, cookie)).json();
    const later = await at('2026-11-23 09:40');
    const answered = await event(later, c.id, { event: 'answer', version: 1, note: '已答复' });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().deadlines[0]).toMatchObject({
      state: 'met',
      metAt: bj('2026-11-23 09:40'),
    });
    const list = (
      await sys.app.inject({ url: `/api/cases?q=${c.number}`, headers: { cookie: later } })
    ).json();
    expect(list.items[0].nextDeadline).toBeNull();
  });

  it('close meets every deadline still open, and the event never runs twice', async () => {
    // A rule as data: a call-back that only closing the case meets.
    await sys.db
      .insertInto('deadline_rules')
      .values({
        id: 'test-callback',
        kind: 'callBack',
        case_kind: 'consultation',
        starts_on: 'caseCreated',
        unit: 'workingDays',
        amount: 1,
        calendar_id: 'CN',
        warn_before_minutes: 0,
        escalation_chain: ['owner'],
        escalate_every_minutes: 60,
        met_by: [],
        source: 'test rule',
        updated_at: new Date(),
      })
      .execute();
    try {
      const cookie = await at('2026-11-23 09:00');
      const c = (await createCase(sys, cookie)).json();
      expect(c.deadlines.map((d: DeadlineView) => d.kind).sort()).toEqual(['callBack', 'caseFirstResponse']);
      await event(cookie, c.id, { event: 'answer', version: 1, note: '已答复' });
      await event(cookie, c.id, { event: 'resolve', version: 2 });
      const d1 = await detail(cookie, c.id);
      expect(d1.deadlines.map((d) => [d.kind, d.state])).toEqual([
        ['caseFirstResponse', 'met'],
        ['callBack', 'open'],
      ]);
      const closed = (await event(cookie, c.id, { event: 'close', version: 3 })).json();
      expect(closed.deadlines.every((d: DeadlineView) => d.state === 'met')).toBe(true);
    } finally {
      await sys.db
        .updateTable('deadline_rules')
        .set({ active: false })
        .where('id', '=', 'test-callback')
        .execute();
    }
  });

  it('a refused event leaves the deadline open', async () => {
    const cookie = await at('2026-11-23 09:00');
    const c = (await createCase(sys, cookie)).json();
    const stale = await event(cookie, c.id, { event: 'answer', version: 7, note: 'x' });
    expect(stale.statusCode).toBe(409);
    expect((await detail(cookie, c.id)).deadlines[0]?.state).toBe('open');
  });
});

describe('my deadlines', () => {
  it('lists the unmet deadlines of my cases, most urgent first, and nobody else’s', async () => {
    const sh = await at('2026-11-24 09:00', 'agent.sh');
    const first = (await createCase(sys, sh, consultation({ kind: 'complaint' }))).json();
    const second = (await createCase(sys, sh)).json();
    const mine = (await sys.app.inject({ url: '/api/deadlines/mine', headers: { cookie: sh } })).json();
    expect(mine.items.map((d: { caseId: string }) => d.caseId)).toEqual([second.id, first.id]);
    const dues = mine.items.map((d: { dueAt: string }) => d.dueAt);
    expect([...dues].sort()).toEqual(dues);
    expect(mine.items[0]).toMatchObject({ caseNumber: second.number, kind: 'caseFirstResponse' });
    const other = await at('2026-11-24 09:00', 'agent.bj');
    const theirs = (await sys.app.inject({ url: '/api/deadlines/mine', headers: { cookie: other } })).json();
    expect(theirs.items.some((d: { caseId: string }) => d.caseId === first.id)).toBe(false);
    const auditor = await at('2026-11-24 09:00', 'sysadmin.ho');
    expect(
      (await sys.app.inject({ url: '/api/deadlines/mine', headers: { cookie: auditor } })).statusCode,
    ).toBe(403);
  });
});
