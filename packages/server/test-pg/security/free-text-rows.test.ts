import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSurveyTask } from '../../src/claims/repository.ts';
import { sealExistingFreeText } from '../../src/crypto/sealed-text-sweep.ts';
import { insertEvent } from '../../src/timeline/repository.ts';
import { complaintBody, type Detail, tools } from '../complaints-support.ts';
import { adminQuery, consultation, createCase, type TestSystem, testSystem } from '../helpers.ts';

/*
 * Issue #18 part 6, the rest of the free text: approval notes, survey-task notes and texts inside JSON (a move's
 * payload on the timeline, a claim decision's reasons, an advance's basis) are sealed with a masked copy, revealed
 * with a reason (audited), and rows written before are sealed by the start-up sweep.
 */
const MOBILE = '13912345678';
const ID = '110101199003071233';

let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem({ clockAt: '2026-11-23T02:00:00Z', demoCases: 0 });
});
afterAll(() => sys.close());

const rawDump = async () => {
  const tables = await adminQuery(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'kysely_migration'",
    sys.dbName,
  );
  let all = '';
  for (const { tablename } of tables.rows as { tablename: string }[])
    all += String(
      (await adminQuery(`SELECT coalesce(string_agg(t::text, '|'), '') AS a FROM ${tablename} t`, sys.dbName))
        .rows[0].a,
    );
  return all;
};
const reveal = (cookie: string, id: string, payload: Record<string, unknown>) =>
  sys.app.inject({ method: 'POST', url: `/api/cases/${id}/reveal`, headers: { cookie }, payload });
const revealsOf = (caseId: string) =>
  sys.db
    .selectFrom('audit_log')
    .select('details')
    .where('action', '=', 'personal.reveal')
    .where('object_id', '=', caseId)
    .execute();

describe('complaint approval notes', () => {
  it('seals the request’s and the decision’s note, shows them masked, reveals them by row with a reason', async () => {
    const t = tools(sys);
    const ag = await t.at('2026-11-23 10:00');
    let d = (await t.intake(ag, complaintBody())).json() as Detail & { sealedFields: string[] };
    const lead = await t.at('2026-11-23 10:05', 'teamlead.bj');
    const step = async (payload: Record<string, unknown>, cookie = lead) => {
      const res = await t.event(cookie, d.id, { ...payload, version: d.version });
      expect(res.statusCode, res.body).toBeLessThan(300);
      d = res.json();
    };
    await step({ event: 'classify', urgency: 'normal', complexity: 'simple' });
    await step({ event: 'assign', assigneeId: await t.userId('teamlead.bj') });
    await step({ event: 'startInvestigation' });
    await step({
      event: 'decide',
      decision: '赔偿客户损失',
      findings: '属实',
      basis: '服务规范',
      remedyAmount: 200_000,
      note: `客户要求回电${MOBILE}`,
    });
    expect(d.complaint.state).not.toBe('decided');
    const ho = await t.at('2026-11-23 10:10', 'headoffice.ho');
    await step({ event: 'approveDecision', note: `已核对身份证${ID}` }, ho);
    const approvals = (d as unknown as { approvals: { id: string; note: string; decisionNote: string }[] })
      .approvals;
    const a = approvals.at(-1);
    expect(a).toMatchObject({
      note: '客户要求回电139****5678',
      decisionNote: '已核对身份证110101********1233',
    });
    expect(d.sealedFields).toEqual(
      expect.arrayContaining([
        `complaint_approvals.note:${a?.id}`,
        `complaint_approvals.decision_note:${a?.id}`,
      ]),
    );
    const dump = await rawDump();
    expect(dump).not.toContain(MOBILE);
    expect(dump).not.toContain(ID);

    const sup = await sys.login('supervisor.bj');
    const full = await reveal(sup, d.id, {
      field: 'complaint_approvals.note',
      rowId: a?.id,
      reason: '回拨客户',
    });
    expect(full.json()).toEqual({ field: 'complaint_approvals.note', value: `客户要求回电${MOBILE}` });
    const note2 = await reveal(sup, d.id, {
      field: 'complaint_approvals.decision_note',
      rowId: a?.id,
      reason: '核对身份',
    });
    expect(note2.json().value).toBe(`已核对身份证${ID}`);
    // Without its row, or with another case's row, nothing is revealed.
    expect(
      (await reveal(sup, d.id, { field: 'complaint_approvals.note', reason: '回拨客户' })).statusCode,
    ).toBe(404);
    const other = (await createCase(sys, ag, consultation())).json();
    const cross = await reveal(sup, other.id, {
      field: 'complaint_approvals.note',
      rowId: a?.id,
      reason: '回拨客户',
    });
    expect(cross.statusCode).toBe(404);
    expect((await revealsOf(d.id)).map((r) => r.details)).toEqual([
      { field: 'complaint_approvals.note', reason: '回拨客户', rowId: a?.id },
      { field: 'complaint_approvals.decision_note', reason: '核对身份', rowId: a?.id },
    ]);
  });
});

describe('survey-task notes and timeline payloads', () => {
  it('seals them on write and reveals them by row or event', async () => {
    const agent = await sys.login('agent.bj');
    const c = (await createCase(sys, agent, consultation())).json();
    const taskId = randomUUID();
    const now = sys.clock.now();
    await sys.db.transaction().execute(async (tx) => {
      await insertSurveyTask(tx, sys.deps.crypto, {
        id: taskId,
        case_id: c.id,
        kind: 'sceneSurvey',
        status: 'open',
        assigned_to: 'insurer',
        note: `现场查勘：朝阳路口，联系${MOBILE}`,
        created_at: now,
        done_at: null,
      });
      await insertEvent(
        tx,
        {
          case_id: c.id,
          at: now,
          actor_id: (
            await tx
              .selectFrom('users')
              .select('id')
              .where('username', '=', 'agent.bj')
              .executeTakeFirstOrThrow()
          ).id,
          type: 'note',
          note: null,
          data: { recipient: `张三 ${MOBILE}`, channel: 'phone' },
        },
        sys.deps.crypto,
      );
    });
    // Without the field keys a payload with personal data is not written at all.
    await expect(
      sys.db.transaction().execute((tx) =>
        insertEvent(tx, {
          case_id: c.id,
          at: now,
          actor_id: null as unknown as string,
          type: 'note',
          note: null,
          data: { x: MOBILE },
        }),
      ),
    ).rejects.toThrow(/field keys/);
    expect(await rawDump()).not.toContain(MOBILE);
    const task = await sys.db
      .selectFrom('survey_tasks')
      .select('note')
      .where('id', '=', taskId)
      .executeTakeFirstOrThrow();
    expect(task.note).toBe('现场查勘：朝阳路口，联系139****5678');
    const event = await sys.db
      .selectFrom('case_events')
      .select(['id', 'data'])
      .where('case_id', '=', c.id)
      .where('type', '=', 'note')
      .executeTakeFirstOrThrow();
    expect(event.data).toEqual({ recipient: '张三 139****5678', channel: 'phone' });

    const sup = await sys.login('supervisor.bj');
    const t = await reveal(sup, c.id, { field: 'survey_tasks.note', rowId: taskId, reason: '联系报案人' });
    expect(t.json().value).toBe(`现场查勘：朝阳路口，联系${MOBILE}`);
    const e = await reveal(sup, c.id, {
      field: 'case_events.data',
      eventId: String(event.id),
      reason: '联系客户',
    });
    expect(JSON.parse(e.json().value)).toEqual({ recipient: `张三 ${MOBILE}`, channel: 'phone' });
    expect((await revealsOf(c.id)).length).toBe(2);
  });
});

describe('texts inside JSON written before sealing', () => {
  it('are sealed by the start-up sweep: a decision’s reasons on the approval and on a timeline payload', async () => {
    const agent = await sys.login('agent.bj');
    const c = (await createCase(sys, agent, consultation())).json();
    const reasons = {
      kind: 'refuse',
      reasons: [
        { text: `被保险人电话${MOBILE}未接通`, basis: { source: 'law', law: '保险法', article: '第十六条' } },
      ],
    };
    const approvalId = randomUUID();
    await adminQuery(
      `INSERT INTO claim_approvals (id, case_id, required_level, amount_fen, decision, requested_by, requested_at)
       SELECT '${approvalId}', '${c.id}', 'branch', 0, '${JSON.stringify(reasons)}'::jsonb, id, now() FROM users WHERE username = 'agent.bj'`,
      sys.dbName,
    );
    await adminQuery(
      `UPDATE case_events SET data = '{"reason": "旧记录 ${MOBILE}"}'::jsonb WHERE case_id = '${c.id}'`,
      sys.dbName,
    );
    const sealed = await sealExistingFreeText(sys.db, sys.deps.crypto, sys.clock.now());
    expect(sealed).toBe(2);
    expect(await sealExistingFreeText(sys.db, sys.deps.crypto, sys.clock.now())).toBe(0);
    expect(await rawDump()).not.toContain(MOBILE);
    const event = await sys.db
      .selectFrom('case_events')
      .select(['id', 'data'])
      .where('case_id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(event.data).toEqual({ reason: '旧记录 139****5678' });
    const sup = await sys.login('supervisor.bj');
    const e = await reveal(sup, c.id, {
      field: 'case_events.data',
      eventId: String(event.id),
      reason: '核对旧记录',
    });
    expect(JSON.parse(e.json().value)).toEqual({ reason: `旧记录 ${MOBILE}` });
    const a = await reveal(sup, c.id, {
      field: 'claim_approvals.decision',
      rowId: approvalId,
      reason: '核对拒赔理由',
    });
    expect(JSON.parse(a.json().value)).toEqual(reasons);
  });
});
