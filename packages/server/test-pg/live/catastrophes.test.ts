import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveHub } from '../../src/live/hub.ts';
import { type LiveListener, listenForLiveEvents } from '../../src/live/listener.ts';
import { dbUrl, type TestSystem, testSystem } from '../helpers.ts';
import { openSse, type SseStream } from './sse-client.ts';

/*
 * Typhoon mode (issue #19 part 5) on a real engine: head office declares and activates an event over Beijing; a
 * Beijing agent's shortened report is linked to it with its priority, listed people-at-risk first and counted on
 * the board; Shanghai neither sees the event nor may report under it; the activation reaches Beijing's live
 * stream and not Shanghai's.
 */
let sys: TestSystem;
let hub: LiveHub;
let listener: LiveListener;
let url: string;
let c: Record<'ho' | 'bj' | 'sh' | 'lead', string>;
const streams: SseStream[] = [];
const branch = async (code: string) =>
  (await sys.db.selectFrom('branches').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

const call = (cookie: string, method: 'GET' | 'POST', path: string, payload?: unknown) =>
  sys.app.inject({
    method,
    url: path,
    headers: { cookie, 'idempotency-key': randomBytes(8).toString('hex') },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

beforeAll(async () => {
  hub = new LiveHub();
  sys = await testSystem({ app: { live: hub }, demoClaimReports: 4 });
  listener = listenForLiveEvents(dbUrl(sys.dbName), hub, { retryMs: 50 });
  await listener.connected();
  url = await sys.app.listen({ port: 0, host: '127.0.0.1' });
  c = {
    ho: await sys.login('headoffice.ho'),
    bj: await sys.login('agent.bj'),
    sh: await sys.login('agent.sh'),
    lead: await sys.login('teamlead.bj'),
  };
});
afterAll(async () => {
  for (const s of streams) s.close();
  await listener.stop();
  await sys.close();
});

const report = (over: Record<string, unknown> = {}) => ({
  reporterName: '王五',
  reporterPhone: '13912345678',
  place: '北京市朝阳区建国路 88 号地下车库',
  happened: '暴雨积水，车辆被淹',
  ...over,
});

describe('catastrophe events', () => {
  let id: string;

  it('is declared and activated by head office only, audited, and announced live to its area only', async () => {
    const body = {
      code: 'TY-2026-07',
      name: '台风“海燕”',
      areaBranchIds: [await branch('BJ')],
      perils: ['typhoon', 'rainstorm'],
      startsAt: '2026-11-22T00:00:00Z',
    };
    expect((await call(c.bj, 'POST', '/api/catastrophes', body)).statusCode).toBe(403);
    const declared = await call(c.ho, 'POST', '/api/catastrophes', body);
    expect(declared.statusCode).toBe(201);
    id = declared.json().id;
    expect(declared.json()).toMatchObject({ state: 'declared', inForce: false });
    expect((await call(c.ho, 'POST', '/api/catastrophes', body)).json().error.code).toBe(
      'CATASTROPHE_CODE_TAKEN',
    );

    const bjStream = await openSse(`${url}/api/live?kinds=catastrophe`, c.bj);
    const shStream = await openSse(`${url}/api/live?kinds=catastrophe`, c.sh);
    streams.push(bjStream, shStream);
    await bjStream.next((m) => m.event === 'ready');
    await shStream.next((m) => m.event === 'ready');
    const active = await call(c.ho, 'POST', `/api/catastrophes/${id}/events`, {
      event: 'activate',
      version: 1,
    });
    expect(active.statusCode).toBe(200);
    expect(active.json()).toMatchObject({ state: 'active', inForce: true });
    await bjStream.next((m) => m.event === 'change' && (m.data as { id: string }).id === id);
    await new Promise((r) => setTimeout(r, 200));
    expect(shStream.messages.filter((m) => m.event === 'change')).toEqual([]);

    const audit = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['catastrophe.declare', 'catastrophe.activate']);
    // Beijing sees it in force (the banner); Shanghai does not see it at all.
    expect(
      (await call(c.bj, 'GET', '/api/catastrophes/in-force')).json().items.map((e: { id: string }) => e.id),
    ).toEqual([id]);
    expect((await call(c.sh, 'GET', '/api/catastrophes')).json().items).toEqual([]);
    expect((await call(c.sh, 'GET', `/api/catastrophes/${id}`)).statusCode).toBe(404);
  });

  it('links a shortened report to the event with its priority, people at risk first, counted per event', async () => {
    const first = await call(
      c.bj,
      'POST',
      `/api/catastrophes/${id}/reports`,
      report({ plateNo: '京A12345' }),
    );
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      catastropheId: id,
      priority: 1,
      plateNo: '京A***45',
      completed: false,
    });
    expect(first.json().reporterPhone).not.toContain('12345678');
    const urgent = await call(
      c.bj,
      'POST',
      `/api/catastrophes/${id}/reports`,
      report({ peopleAtRisk: true, happened: '有人被困车内' }),
    );
    expect(urgent.json()).toMatchObject({ priority: 2 });

    const list = (await call(c.lead, 'GET', `/api/catastrophes/${id}/reports`)).json().items as {
      caseId: string;
    }[];
    expect(list.map((r) => r.caseId)).toEqual([urgent.json().caseId, first.json().caseId]);
    const board = (await call(c.lead, 'GET', '/api/catastrophes')).json().items[0];
    expect(board.counts).toEqual({ reports: 2, open: 2, peopleAtRisk: 1 });
    // A claim-report case with the case's own number and timeline.
    const kase = await call(c.bj, 'GET', `/api/cases/${first.json().caseId}`);
    expect(kase.json()).toMatchObject({ kind: 'claimReport' });
    // Shanghai may not report under Beijing's event.
    expect((await call(c.sh, 'POST', `/api/catastrophes/${id}/reports`, report())).statusCode).toBe(404);
  });

  it('completes a short report by the full claim report that took the rest, once, on its timeline', async () => {
    const [short] = (await call(c.lead, 'GET', `/api/catastrophes/${id}/reports`)).json().items as {
      caseId: string;
    }[];
    const full = await sys.db
      .selectFrom('cases as c')
      .innerJoin('claim_reports as x', 'x.case_id', 'c.id')
      .innerJoin('branches as b', 'b.id', 'c.branch_id')
      .select('c.number')
      .where('b.code', 'like', 'BJ%')
      .executeTakeFirstOrThrow();
    const path = `/api/catastrophes/${id}/reports/complete`;
    const unknown = await call(c.bj, 'POST', path, { caseId: short!.caseId, claimReportNumber: 'NOPE' });
    expect(unknown.json().error.code).toBe('CATASTROPHE_FULL_REPORT_NOT_FOUND');
    const done = await call(c.bj, 'POST', path, { caseId: short!.caseId, claimReportNumber: full.number });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ completed: true });
    const again = await call(c.bj, 'POST', path, { caseId: short!.caseId, claimReportNumber: full.number });
    expect(again.json().error.code).toBe('CATASTROPHE_REPORT_COMPLETED');
    const timeline = await sys.db
      .selectFrom('case_events')
      .select('type')
      .where('case_id', '=', short!.caseId)
      .execute();
    expect(timeline.map((e) => e.type)).toContain('catastropheReportCompleted');
    expect((await call(c.lead, 'GET', '/api/catastrophes')).json().items[0].counts).toMatchObject({
      open: 1,
    });
  });

  it('refuses the shortened form once the event is closed (with a note)', async () => {
    const v = (await call(c.ho, 'GET', `/api/catastrophes/${id}`)).json().version;
    const noNote = await call(c.ho, 'POST', `/api/catastrophes/${id}/events`, { event: 'close', version: v });
    expect(noNote.json().error.code).toBe('CATASTROPHE_NOTE_REQUIRED');
    const closed = await call(c.ho, 'POST', `/api/catastrophes/${id}/events`, {
      event: 'close',
      version: v,
      note: '台风已过境',
    });
    expect(closed.json()).toMatchObject({ state: 'closed', inForce: false });
    const late = await call(c.bj, 'POST', `/api/catastrophes/${id}/reports`, report());
    expect(late.json().error.code).toBe('CATASTROPHE_NOT_IN_FORCE');
  });
});
