import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextSequence } from '../src/cases/repository.ts';
import { consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  // Monday 2026-11-23 10:00 Beijing.
  sys = await testSystem({ demoCases: 4, clockAt: '2026-11-23T02:00:00Z' });
  for (const u of ['claimshandler.bj', 'servicemanager.bj', 'agent.sh', 'auditor.ho'])
    cookies[u] = await sys.login(u);
});
afterAll(() => sys.close());

type Stage = { stage: string; seconds: number; running: boolean };
type Visit = {
  id: string;
  ticketNo: string;
  state: string;
  version: number;
  waitingSeconds: number;
  stages: Stage[];
  idNumber: string | null;
  documents: { id: string; tick: string | null }[];
  library: { id: string; topic: string }[];
  prompt: { kind: string; text: string } | null;
  linkedCase: { number: string } | null;
  moves: { event: string; allowed: boolean }[];
  error?: { code: string };
  items?: Visit[];
  waiting?: Visit[];
};
const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
  const res = await sys.app.inject({
    method,
    url,
    headers: { cookie: cookies[user]! },
    ...(payload ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as Visit };
};
const move = (id: string, body: object, user = 'claimshandler.bj') =>
  call(user, 'POST', `/api/front-desk/visits/${id}/moves`, body);
const minutes = (m: number) => sys.clock.advance(m * 60_000);

describe('walk-in visits at the counter (seed 004 §二)', () => {
  it('issues tickets gap-free per branch and day, even when a registration rolls back', async () => {
    const a = await call('claimshandler.bj', 'POST', '/api/front-desk/visits', { visitorName: '王五' });
    expect(a.status).toBe(201);
    // A transaction that takes a number and rolls back gives it back.
    await sys.db
      .transaction()
      .execute(async (tx) => {
        const branch = await tx
          .selectFrom('branches')
          .select('id')
          .where('code', '=', 'BJ')
          .executeTakeFirstOrThrow();
        await nextSequence(tx, 'visitTicket', branch.id, '2026-11-23');
        throw new Error('rollback');
      })
      .catch(() => undefined);
    const many = await Promise.all(
      Array.from({ length: 8 }, () =>
        call('claimshandler.bj', 'POST', '/api/front-desk/visits', { visitorName: '赵六' }),
      ),
    );
    const nos = [a, ...many].map((r) => r.body.ticketNo).sort();
    expect(nos).toEqual(Array.from({ length: 9 }, (_, i) => `A${String(i + 1).padStart(4, '0')}`));
    // Another branch starts its own day at 1.
    const sh = await call('agent.sh', 'POST', '/api/front-desk/visits', { visitorName: '钱七' });
    expect(sh.body.ticketNo).toBe('A0001');
  });

  it('calls special care first, then by arrival; another branch sees neither the queue nor the visit', async () => {
    minutes(1);
    const elder = await call('claimshandler.bj', 'POST', '/api/front-desk/visits', {
      visitorName: '孙老伯',
      careFlag: 'elderly',
    });
    const q = await call('claimshandler.bj', 'GET', '/api/front-desk/queue');
    expect(q.body.waiting![0]!.id).toBe(elder.body.id);
    expect(q.body.waiting![1]!.ticketNo).toBe('A0001');
    expect(q.body.waiting![1]!.waitingSeconds).toBe(60);
    const far = await call('agent.sh', 'GET', `/api/front-desk/visits/${elder.body.id}`);
    expect([far.status, far.body.error?.code]).toEqual([404, 'VISIT_NOT_FOUND']);
    expect(
      (await call('agent.sh', 'GET', '/api/front-desk/queue')).body.waiting!.map((v) => v.ticketNo),
    ).toEqual(['A0001']);
    expect((await call('auditor.ho', 'GET', '/api/front-desk/queue')).status).toBe(403);
  });

  it('walks the nine stages in order, measures each stage, seals the ID number and audits every move', async () => {
    const lib = async (topic: string, title: string) =>
      (
        await call('servicemanager.bj', 'POST', '/api/front-desk/explanations', {
          topic,
          title,
          body: `${title}的说明文字`,
        })
      ).body.id;
    const texts = [
      await lib('policy', '医疗险理赔范围'),
      await lib('process', '理赔流程'),
      await lib('expectedTime', '10日内结案'),
    ];
    expect(
      (
        await call('claimshandler.bj', 'POST', '/api/front-desk/explanations', {
          topic: 'policy',
          title: 'x',
          body: 'y',
        })
      ).status,
    ).toBe(403);

    const v = (await call('claimshandler.bj', 'POST', '/api/front-desk/visits', { visitorName: '李四' }))
      .body;
    expect(v.prompt?.kind).toBe('greeting');
    expect(v.prompt?.text).toContain('您好');
    // Skipping a stage is refused by the table.
    expect((await move(v.id, { event: 'verify' })).body.error?.code).toBe('VISIT_STAGE_ORDER');
    minutes(4);
    let r = await move(v.id, { event: 'call' });
    expect(r.body.state).toBe('collection');
    expect(r.body.waitingSeconds).toBe(240);
    minutes(3);
    expect((await move(v.id, { event: 'collect', purpose: 'claim' })).body.error?.code).toBe(
      'VISIT_INFO_REQUIRED',
    );
    r = await move(v.id, {
      event: 'collect',
      purpose: 'claim',
      claimType: 'medical',
      policyNo: 'PDEMO0001',
      summary: '住院治疗后申请医疗费用理赔',
    });
    expect(r.body.state).toBe('verification');
    expect(r.body.documents.length).toBeGreaterThan(0);
    minutes(2);
    expect(
      (await move(v.id, { event: 'verify', idNumber: '110105194912310021', identityChecked: true })).body
        .error?.code,
    ).toBe('VISIT_IDENTITY_REQUIRED');
    r = await move(v.id, { event: 'verify', idNumber: '11010519491231002X', identityChecked: true });
    expect(r.body.idNumber).toBe('110105********002X');
    const row = await sys.db
      .selectFrom('visits')
      .selectAll()
      .where('id', '=', v.id)
      .executeTakeFirstOrThrow();
    expect(row.id_enc).not.toContain('11010519491231002X');
    expect(row.id_bidx).toMatch(/\w{20,}/);
    minutes(1);
    r = await move(v.id, { event: 'assess', assessment: '属于保险责任范围，预计可赔' });
    expect(r.body.library.map((t) => t.id).sort()).toEqual([...texts].sort());
    expect((await move(v.id, { event: 'explain', explanationIds: texts.slice(0, 2) })).body.error?.code).toBe(
      'VISIT_EXPLANATION_REQUIRED',
    );
    r = await move(v.id, { event: 'explain', explanationIds: texts });
    const docs = r.body.documents;
    expect(
      (await move(v.id, { event: 'organise', documents: [{ id: docs[0]!.id, tick: 'received' }] })).body.error
        ?.code,
    ).toBe(docs.length > 1 ? 'VISIT_CHECKLIST_INCOMPLETE' : undefined);
    r = await move(v.id, {
      event: 'organise',
      documents: docs.map((d, i) => ({ id: d.id, tick: i === 0 ? 'received' : 'toBring' })),
    });
    expect(r.body.state).toBe('followUp');
    const made = await createCase(sys, cookies['claimshandler.bj']!, consultation({ channel: 'walkIn' }));
    const caseNo = (made.json() as { number: string }).number;
    expect(
      (await move(v.id, { event: 'followUp', followUp: '补交材料后转理赔', linkedCaseNumber: 'NOPE' })).body
        .error?.code,
    ).toBe('VISIT_CASE_NOT_FOUND');
    r = await move(v.id, { event: 'followUp', followUp: '补交材料后转理赔', linkedCaseNumber: caseNo });
    expect(r.body.linkedCase?.number).toBe(caseNo);
    r = await move(v.id, { event: 'feedback', satisfaction: 5, comment: '服务很好' });
    expect(r.body.state).toBe('closing');
    expect(r.body.prompt?.kind).toBe('farewell');
    expect(r.body.prompt?.text).toContain('再见');
    minutes(1);
    r = await move(v.id, { event: 'archive', version: r.body.version });
    expect(r.body.state).toBe('archived');
    expect(r.body.moves).toEqual([]);
    const secs = Object.fromEntries(r.body.stages.map((s) => [s.stage, s.seconds]));
    expect(secs).toMatchObject({
      reception: 240,
      collection: 180,
      verification: 120,
      assessment: 60,
      closing: 60,
    });
    expect(r.body.stages).toHaveLength(9);

    const actions = (
      await sys.db
        .selectFrom('audit_log')
        .select('action')
        .where('object_id', '=', v.id)
        .orderBy('id')
        .execute()
    ).map((a) => a.action);
    expect(actions).toEqual([
      'visit.register',
      'visit.call',
      'visit.collect',
      'visit.verify',
      'visit.assess',
      'visit.explain',
      'visit.organise',
      'visit.followUp',
      'visit.feedback',
      'visit.archive',
    ]);
    // The stage log is append-only.
    await expect(sys.db.updateTable('visit_stage_times').set({ seconds: 0 }).execute()).rejects.toThrow(
      /append-only/,
    );
    const list = await call('claimshandler.bj', 'GET', '/api/front-desk/visits?day=2026-11-23');
    expect(list.body.items!.find((x) => x.id === v.id)?.stages).toHaveLength(9);
  });

  it('refuses a stale version and keeps the library edit version-checked', async () => {
    const v = (await call('claimshandler.bj', 'POST', '/api/front-desk/visits', { visitorName: '周八' }))
      .body;
    expect((await move(v.id, { event: 'call', version: v.version + 1 })).status).toBe(409);
    const t = (
      await call('servicemanager.bj', 'POST', '/api/front-desk/explanations', {
        topic: 'process',
        title: 'A',
        body: 'B',
      })
    ).body as unknown as { id: string; version: number };
    const ok = await call('servicemanager.bj', 'PUT', `/api/front-desk/explanations/${t.id}`, {
      topic: 'process',
      title: 'A2',
      body: 'B',
      version: 1,
    });
    expect(ok.status).toBe(200);
    const stale = await call('servicemanager.bj', 'PUT', `/api/front-desk/explanations/${t.id}`, {
      topic: 'process',
      title: 'A3',
      body: 'B',
      version: 1,
    });
    expect(stale.status).toBe(409);
  });

  it('answers no 5xx to stage-shaped junk at any stage (the fuzz of every route, focused on the counter)', async () => {
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', ' ', '\u0000', 'x'.repeat(3000)));
    const value = fc.oneof(
      text,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(text, { maxLength: 3 }),
    );
    const body = fc.record(
      {
        event: fc.constantFrom(
          'call',
          'collect',
          'verify',
          'assess',
          'explain',
          'organise',
          'followUp',
          'feedback',
          'archive',
          'x',
        ),
        purpose: fc.oneof(fc.constantFrom('claim', 'consultation', 'other'), value),
        claimType: fc.oneof(fc.constantFrom('medical', 'death', 'motorDamage'), value),
        summary: value,
        idNumber: fc.oneof(fc.constantFrom('11010519491231002X', '110105194912310021'), value),
        identityChecked: value,
        assessment: value,
        explanationIds: fc.oneof(fc.array(fc.uuid(), { maxLength: 3 }), value),
        documents: fc.oneof(
          fc.array(fc.record({ id: text, tick: fc.constantFrom('received', 'toBring', 'x') }), {
            maxLength: 3,
          }),
          value,
        ),
        followUp: value,
        linkedCaseNumber: value,
        satisfaction: fc.oneof(fc.integer({ min: -2, max: 8 }), value),
        comment: value,
        version: fc.oneof(fc.integer({ min: -1, max: 3 }), value),
      },
      { requiredKeys: ['event'] },
    );
    const v = (await call('claimshandler.bj', 'POST', '/api/front-desk/visits', { visitorName: '模糊测试' }))
      .body;
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await move(v.id, b);
        expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.record({ visitorName: value, careFlag: value }), async (b) => {
        expect((await call('claimshandler.bj', 'POST', '/api/front-desk/visits', b)).status).toBeLessThan(
          500,
        );
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('starts the next Beijing day at ticket 1 and queues only that day’s visitors', async () => {
    // 2026-11-24 08:30 Beijing: after midnight in Beijing, while UTC is still on the same date as before.
    sys.clock.set('2026-11-24T00:30:00Z');
    // A new working day, a new session (the old one has timed out).
    cookies['claimshandler.bj'] = await sys.login('claimshandler.bj');
    const v = await call('claimshandler.bj', 'POST', '/api/front-desk/visits', { visitorName: '郑九' });
    expect(v.body.ticketNo).toBe('A0001');
    const q = await call('claimshandler.bj', 'GET', '/api/front-desk/queue');
    expect(q.body.waiting!.map((x) => x.id)).toEqual([v.body.id]);
    const yesterday = await call('claimshandler.bj', 'GET', '/api/front-desk/visits?day=2026-11-23');
    expect(yesterday.body.items!.length).toBeGreaterThan(10);
  });
});
