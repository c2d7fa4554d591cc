import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agent: string;
beforeAll(async () => {
  sys = await testSystem();
  agent = await sys.login('agent.bj');
});
afterAll(() => sys.close());

const ev = (id: string, cookie: string, payload: Record<string, unknown>) =>
  sys.app.inject({ method: 'POST', url: `/api/cases/${id}/events`, headers: { cookie }, payload });

describe('consultation flow (C1)', () => {
  it('create → answer → resolve at first contact → close, with a timeline', async () => {
    const created = await createCase(sys, agent);
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c.number).toMatch(/^ZXBJ20261122\d{4}$/);
    expect(c.status).toBe('new');
    expect(c.availableEvents).toEqual(['answer']);
    const answered = await ev(c.id, agent, { event: 'answer', version: 1, note: '已告知所需材料' });
    expect(answered.json()).toMatchObject({ status: 'answered', version: 2 });
    const resolved = await ev(c.id, agent, { event: 'resolve', version: 2, firstContactResolution: true });
    expect(resolved.json()).toMatchObject({ status: 'resolved', firstContactResolution: true });
    const closed = await ev(c.id, agent, { event: 'close', version: 3 });
    expect(closed.json().status).toBe('closed');
    expect(closed.json().events.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'answer',
      'resolve',
      'close',
    ]);
    const list = await sys.app.inject({ url: `/api/cases?q=${c.number}`, headers: { cookie: agent } });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([c.id]);
  });

  it('refuses an illegal move and a missing note with their own codes', async () => {
    const c = (await createCase(sys, agent)).json();
    expect((await ev(c.id, agent, { event: 'resolve', version: 1 })).json().error.code).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    const noNote = await ev(c.id, agent, { event: 'answer', version: 1, note: '   ' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.code).toBe('NOTE_REQUIRED');
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const c = (await createCase(sys, agent)).json();
    await ev(c.id, agent, { event: 'answer', version: 1, note: 'first' });
    const stale = await ev(c.id, agent, { event: 'answer', version: 1, note: 'second' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const now = await sys.app.inject({ url: `/api/cases/${c.id}`, headers: { cookie: agent } });
    expect(now.json().version).toBe(2);
    expect(now.json().events).toHaveLength(2);
  });

  it('lets only the owner work the case (first-contact ownership)', async () => {
    const c = (await createCase(sys, agent)).json();
    const other = await sys.login('claimshandler.bj');
    const res = await ev(c.id, other, { event: 'answer', version: 1, note: 'x' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('NOT_CASE_OWNER');
  });
});

describe('numbering', () => {
  it('gives 50 concurrent creates unique numbers with no gaps', async () => {
    const lead = await sys.login('teamlead.bj01');
    const results = await Promise.all(Array.from({ length: 50 }, () => createCase(sys, lead)));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const seqs = results.map((r) => Number(r.json().number.slice(-4))).sort((a, b) => a - b);
    const first = seqs[0] ?? 0;
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => first + i));
    expect(results.every((r) => r.json().number.startsWith('ZXBJ0120261122'))).toBe(true);
  });

  it('returns a number to the sequence when the create rolls back', async () => {
    const a = (await createCase(sys, agent, consultation({ kind: 'suggestion' }))).json();
    // A body the database rejects after the sequence was bumped: the whole transaction rolls back.
    await sql`ALTER TABLE cases ADD CONSTRAINT t_no_boom CHECK (subject <> 'BOOM')`.execute(sys.db);
    const boom = await createCase(sys, agent, consultation({ kind: 'suggestion', subject: 'BOOM' }));
    expect(boom.statusCode).toBe(500);
    await sql`ALTER TABLE cases DROP CONSTRAINT t_no_boom`.execute(sys.db);
    const b = (await createCase(sys, agent, consultation({ kind: 'suggestion' }))).json();
    expect(Number(b.number.slice(-4))).toBe(Number(a.number.slice(-4)) + 1);
  });

  it('restarts the sequence on the next Beijing day', async () => {
    const before = (await createCase(sys, agent, consultation({ kind: 'suggestion' }))).json();
    sys.clock.set('2026-11-22T16:00:00Z');
    const nextDay = await sys.login('agent.bj');
    const after = (await createCase(sys, nextDay, consultation({ kind: 'suggestion' }))).json();
    sys.clock.set('2026-11-22T02:00:00Z');
    agent = await sys.login('agent.bj');
    expect(before.number.slice(0, 12)).toBe('JYBJ20261122');
    expect(after.number).toBe('JYBJ202611230001');
  });
});

describe('idempotent create', () => {
  it('replays the first answer for the same key and body', async () => {
    const first = await createCase(sys, agent, consultation(), 'retry-key-0001');
    const again = await createCase(sys, agent, consultation(), 'retry-key-0001');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
  });

  it('refuses the same key with another body', async () => {
    await createCase(sys, agent, consultation(), 'retry-key-0002');
    const other = await createCase(sys, agent, consultation({ subject: '另一件事' }), 'retry-key-0002');
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('creates exactly one case from 20 concurrent retries', async () => {
    const body = consultation({ subject: '并发重试' });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => createCase(sys, agent, body, 'retry-key-0003')),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    const rows = await sys.db.selectFrom('cases').select('id').where('subject', '=', '并发重试').execute();
    expect(rows).toHaveLength(1);
  });

  it('requires the header', async () => {
    const res = await sys.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: agent },
      payload: consultation(),
    });
    expect(res.json().error.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
  });
});

describe('hand-over needs acceptance', () => {
  it('keeps the owner until the new owner accepts', async () => {
    const c = (await createCase(sys, agent)).json();
    const users = (
      await sys.app.inject({ url: '/api/users?role=teamLead', headers: { cookie: agent } })
    ).json().items;
    const lead = users.find((u: { username: string }) => u.username === 'teamlead.bj');
    const req = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/transfer`,
      headers: { cookie: agent },
      payload: { toUserId: lead.id, version: 1 },
    });
    expect(req.json()).toMatchObject({ ownerId: c.ownerId, pendingTransfer: { toUserId: lead.id } });
    expect((await ev(c.id, agent, { event: 'answer', version: 2, note: 'x' })).json().error.code).toBe(
      'TRANSFER_PENDING',
    );
    const leadCookie = await sys.login('teamlead.bj');
    const accepted = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/transfer/accept`,
      headers: { cookie: leadCookie },
      payload: { version: 2 },
    });
    expect(accepted.json()).toMatchObject({ ownerId: lead.id, pendingTransfer: null });
    expect((await ev(c.id, agent, { event: 'answer', version: 3, note: 'x' })).json().error.code).toBe(
      'NOT_CASE_OWNER',
    );
  });

  it('records each hand-over move with its timeline type, audit action and both colleagues, and offers its moves', async () => {
    const c = (await createCase(sys, agent)).json();
    expect(c.transferMoves.map((m: { event: string; allowed: boolean }) => [m.event, m.allowed])).toEqual([
      ['request', true],
    ]);
    const lead = await sys.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('username', '=', 'teamlead.bj')
      .executeTakeFirstOrThrow();
    const post = (path: string, cookie: string, payload: Record<string, unknown>) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/cases/${c.id}/transfer${path}`,
        headers: { cookie },
        payload,
      });
    const asked = (await post('', agent, { toUserId: lead.id, version: 1, note: '请协助' })).json();
    expect(asked).toMatchObject({ canTransfer: false, canCancelTransfer: true, canAcceptTransfer: false });
    expect(asked.transferMoves).toEqual([
      expect.objectContaining({
        event: 'accept',
        allowed: false,
        reason: expect.objectContaining({ code: 'NOT_TRANSFER_TARGET' }),
      }),
      expect.objectContaining({ event: 'decline', allowed: false }),
      expect.objectContaining({
        event: 'cancel',
        allowed: true,
        reason: null,
        label: { zh: '撤回转交', en: 'Cancel transfer' },
      }),
    ]);
    expect((await post('', agent, { toUserId: lead.id, version: 2 })).json().error.code).toBe(
      'TRANSFER_PENDING',
    );
    await post('/cancel', agent, { version: 2 });
    expect((await post('/cancel', agent, { version: 3 })).json().error.code).toBe('NO_PENDING_TRANSFER');
    await post('', agent, { toUserId: lead.id, version: 3 });
    const leadCookie = await sys.login('teamlead.bj');
    const offered = (
      await sys.app.inject({ url: `/api/cases/${c.id}`, headers: { cookie: leadCookie } })
    ).json();
    expect(offered).toMatchObject({ canAcceptTransfer: true, canTransfer: false, canCancelTransfer: false });
    await post('/decline', leadCookie, { version: 4, note: '不在我组' });
    await post('', agent, { toUserId: lead.id, version: 5 });
    const accepted = (await post('/accept', leadCookie, { version: 6 })).json();
    expect(accepted.ownerId).toBe(lead.id);
    const moves = accepted.events.filter((e: { type: string }) => e.type.startsWith('transfer'));
    expect(moves.map((e: { type: string }) => e.type)).toEqual([
      'transferRequested',
      'transferCancelled',
      'transferRequested',
      'transferDeclined',
      'transferRequested',
      'transferAccepted',
    ]);
    expect(moves[0]).toMatchObject({
      note: '请协助',
      data: { from: c.ownerId, to: lead.id, toName: lead.display_name },
    });
    expect(moves[0].data.fromName).toEqual(expect.any(String));
    expect(moves[3]).toMatchObject({ note: '不在我组', data: { to: lead.id } });
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_id', '=', c.id)
      .where('action', 'like', 'case.transfer%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(moves.map((e: { type: string }) => `case.${e.type}`));
    expect(audit[5]?.details).toMatchObject({ from: c.ownerId, to: lead.id, toName: lead.display_name });
  });

  it('lets only the target accept, and refuses a target who cannot see the case', async () => {
    const c = (await createCase(sys, agent)).json();
    const shAgent = (
      await sys.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'agent.sh')
        .executeTakeFirstOrThrow()
    ).id;
    const bad = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/transfer`,
      headers: { cookie: agent },
      payload: { toUserId: shAgent, version: 1 },
    });
    expect(bad.json().error.code).toBe('TRANSFER_TARGET_INVALID');
    const lead = (
      await sys.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'teamlead.bj')
        .executeTakeFirstOrThrow()
    ).id;
    await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/transfer`,
      headers: { cookie: agent },
      payload: { toUserId: lead, version: 1 },
    });
    const notTarget = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/transfer/accept`,
      headers: { cookie: agent },
      payload: { version: 2 },
    });
    expect(notTarget.json().error.code).toBe('NOT_TRANSFER_TARGET');
  });
});
