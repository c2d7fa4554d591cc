import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealExistingFreeText, sealExistingFreeTextOnce } from '../../src/crypto/sealed-text-sweep.ts';
import { complaintBody, type Detail, tools } from '../complaints-support.ts';
import { adminQuery, consultation, createCase, type TestSystem, testSystem } from '../helpers.ts';

/** Issue #18 part 6: ID and phone numbers a person types into free text are sealed, shown masked, revealed. */
const ID = '110101199003071233';
const OLD_ID = '110101900307123';
const MOBILE = '13912345678';
const LANDLINE = '0755-87654321';
const TYPED = ['13912345678', '110101199003071233', '110101900307123', '87654321'];

let sys: TestSystem;
let agent: string;
beforeAll(async () => {
  sys = await testSystem({ clockAt: '2026-11-23T02:00:00Z' });
  agent = await sys.login('agent.bj');
});
afterAll(() => sys.close());

/** Every row of every table as text: what someone with a copy of the database would read. */
const rawDump = async () => {
  const tables = await adminQuery(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'kysely_migration'",
    sys.dbName,
  );
  let all = '';
  for (const { tablename } of tables.rows as { tablename: string }[]) {
    const r = await adminQuery(
      `SELECT coalesce(string_agg(t::text, '|'), '') AS a FROM ${tablename} t`,
      sys.dbName,
    );
    all += String(r.rows[0].a);
  }
  return all;
};

const reveal = (cookie: string, id: string, payload: Record<string, unknown>) =>
  sys.app.inject({ method: 'POST', url: `/api/cases/${id}/reveal`, headers: { cookie }, payload });

const pdfText = async (bytes: Buffer) => {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  let text = '';
  for (let p = 1; p <= pdf.numPages; p++)
    text += (await (await pdf.getPage(p)).getTextContent()).items
      .map((i) => ('str' in i ? i.str : ''))
      .join('');
  return text;
};

describe('personal data typed into free text', () => {
  it('stores it sealed, shows it masked, and reveals it only with a reason, audited', async () => {
    const c = (
      await createCase(
        sys,
        agent,
        consultation({ description: `客户身份证${ID}，手机${MOBILE}，座机${LANDLINE}，旧证${OLD_ID}。` }),
      )
    ).json();
    expect(c.description).toBe(
      '客户身份证110101********1233，手机139****5678，座机0755-****4321，旧证110101******123。',
    );
    expect(c.sealedFields).toEqual(['cases.description']);
    const noted = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/notes`,
      headers: { cookie: agent },
      payload: { note: `回电号码 ${MOBILE}` },
    });
    expect(noted.statusCode, noted.body).toBe(200);
    const note = noted.json().events.find((e: { type: string }) => e.type === 'note');
    expect(note).toMatchObject({ note: '回电号码 139****5678', noteSealed: true });

    const dump = await rawDump();
    for (const typed of TYPED) expect(dump).not.toContain(typed);
    const detail = await sys.app.inject({ url: `/api/cases/${c.id}`, headers: { cookie: agent } });
    for (const typed of TYPED) expect(detail.body).not.toContain(typed);

    // The system administrator has no reveal right; a supervisor has, with a reason.
    const admin = await sys.login('sysadmin.ho');
    expect(
      (await reveal(admin, c.id, { field: 'cases.description', reason: '核实客户身份' })).statusCode,
    ).toBe(403);
    const sup = await sys.login('supervisor.bj');
    expect((await reveal(sup, c.id, { field: 'cases.description', reason: '' })).statusCode).toBe(400);
    const full = await reveal(sup, c.id, { field: 'cases.description', reason: '核实客户身份' });
    expect(full.json()).toEqual({
      field: 'cases.description',
      value: `客户身份证${ID}，手机${MOBILE}，座机${LANDLINE}，旧证${OLD_ID}。`,
    });
    const n = await reveal(sup, c.id, { field: 'case_events.note', eventId: note.id, reason: '回拨客户' });
    expect(n.json().value).toBe(`回电号码 ${MOBILE}`);
    // Another case's event cannot be named through this case.
    const other = (await createCase(sys, agent, consultation())).json();
    const cross = await reveal(sup, other.id, {
      field: 'case_events.note',
      eventId: note.id,
      reason: '回拨客户',
    });
    expect(cross.statusCode).toBe(404);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'personal.reveal')
      .where('object_id', '=', c.id)
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      { field: 'cases.description', reason: '核实客户身份' },
      { field: 'case_events.note', reason: '回拨客户', eventId: note.id },
    ]);
    // Nothing typed is in the audit log either.
    expect(JSON.stringify(audit)).not.toContain(MOBILE);
  });

  it('leaves text without personal data as typed, case numbers and amounts included', async () => {
    const text = '保单PDAA2026110001，赔款12345.67元，邮编100000，案件ZXBJ202611230001';
    const c = (await createCase(sys, agent, consultation({ description: text }))).json();
    expect(c.description).toBe(text);
    expect(c.sealedFields).toEqual([]);
  });

  it('seals a complaint request and decision, and the letter to the customer still prints them in full', async () => {
    const t = tools(sys);
    const ag = await t.at('2026-11-23 10:00');
    const intake = await t.intake(ag, complaintBody({ request: `请回电${MOBILE}并道歉` }));
    let d = intake.json() as Detail & { sealedFields: string[] };
    expect(d.complaint.request).toBe('请回电139****5678并道歉');
    expect(d.sealedFields).toContain('complaints.request');
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
      decision: `已致电客户（${LANDLINE}）致歉`,
      findings: '属实',
      basis: '服务规范',
      remedyAmount: 0,
      note: 'x',
    });
    if (d.complaint.state !== 'decided')
      await step({ event: 'approveDecision' }, await t.at('2026-11-23 10:10', 'branchadmin.bj'));
    expect(d.complaint).toMatchObject({ state: 'decided', decision: '已致电客户（0755-****4321）致歉' });
    const dump = await rawDump();
    for (const typed of [MOBILE, '87654321']) expect(dump).not.toContain(typed);

    const sup = await t.at('2026-11-23 10:20', 'supervisor.bj');
    const letter = await sys.app.inject({
      url: `/api/complaints/${d.id}/letter.pdf`,
      headers: { cookie: sup },
    });
    expect(letter.statusCode, letter.body).toBe(200);
    const text = (await pdfText(letter.rawPayload)).replace(/\s/g, '');
    expect(text).toContain(`请回电${MOBILE}并道歉`);
    expect(text).toContain(`已致电客户（${LANDLINE}）致歉`);
  });

  it('sweeps at start-up once per set of sealed columns, not at every start', async () => {
    const c = (await createCase(sys, agent, consultation())).json();
    const typed = (text: string) =>
      sys.db.updateTable('cases').set({ description: text }).where('id', '=', c.id).execute();
    await typed(`旧记录：手机${MOBILE}`);
    expect(await sealExistingFreeTextOnce(sys.db, sys.deps.crypto, sys.clock.now())).toBe(1);
    // Rows are sealed by their own writes from then on: a later start does not scan the tables again.
    await typed(`绕过写入：手机${MOBILE}`);
    expect(await sealExistingFreeTextOnce(sys.db, sys.deps.crypto, sys.clock.now())).toBe(0);
    expect(await sealExistingFreeText(sys.db, sys.deps.crypto, sys.clock.now())).toBe(1);
  });

  it('seals rows written before sealing existed, at start-up, once', async () => {
    const c = (await createCase(sys, agent, consultation())).json();
    // As an older version wrote it: the text as typed, nothing sealed.
    await sys.db
      .updateTable('cases')
      .set({ description: `旧记录：手机${MOBILE}` })
      .where('id', '=', c.id)
      .execute();
    expect(await sealExistingFreeText(sys.db, sys.deps.crypto, sys.clock.now())).toBe(1);
    expect(await sealExistingFreeText(sys.db, sys.deps.crypto, sys.clock.now())).toBe(0);
    const row = await sys.db
      .selectFrom('cases')
      .select('description')
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row.description).toBe('旧记录：手机139****5678');
    const sup = await sys.login('supervisor.bj');
    expect((await reveal(sup, c.id, { field: 'cases.description', reason: '核对旧记录' })).json().value).toBe(
      `旧记录：手机${MOBILE}`,
    );
  });
  it('seals a question to a colleague and its answer; the draft FAQ made from them carries no personal data', async () => {
    const lead = await sys.login('teamlead.bj');
    const manager = await sys.login('servicemanager.bj');
    const leadId = (
      await sys.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'teamlead.bj')
        .executeTakeFirstOrThrow()
    ).id;
    const ask = await sys.app.inject({
      method: 'POST',
      url: '/api/knowledge/questions',
      headers: { cookie: agent },
      payload: { question: `客户手机${MOBILE}说车被淹了，能赔吗？`, askedTo: leadId },
    });
    expect(ask.statusCode, ask.body).toBe(201);
    const q = ask.json();
    expect([q.question, q.sealed]).toEqual(['客户手机139****5678说车被淹了，能赔吗？', ['question']]);
    const answered = await sys.app.inject({
      method: 'POST',
      url: `/api/knowledge/questions/${q.id}/answer`,
      headers: { cookie: lead },
      payload: { answer: `可以，先核对身份证${ID}后报案。` },
    });
    expect(answered.json()).toMatchObject({
      answer: '可以，先核对身份证110101********1233后报案。',
      sealed: ['question', 'answer'],
    });
    // Neither the tables (the notices included) nor the lists hold what was typed.
    const dump = await rawDump();
    for (const typed of [MOBILE, ID]) expect(dump).not.toContain(typed);
    const inbox = await sys.app.inject({
      url: '/api/knowledge/questions?box=toMe',
      headers: { cookie: lead },
    });
    for (const typed of [MOBILE, ID]) expect(inbox.body).not.toContain(typed);

    // The full text is a reveal: a reason, a party to the question, the right, an audit row.
    const revealQ = (cookie: string, payload: Record<string, unknown>) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/knowledge/questions/${q.id}/reveal`,
        headers: { cookie },
        payload,
      });
    expect((await revealQ(lead, { field: 'answer', reason: '' })).statusCode).toBe(400);
    expect(
      (await revealQ(await sys.login('supervisor.sh'), { field: 'answer', reason: '核对' })).statusCode,
    ).toBe(404);
    const full = await revealQ(lead, { field: 'question', reason: '回拨客户' });
    expect(full.json()).toEqual({ field: 'question', value: `客户手机${MOBILE}说车被淹了，能赔吗？` });
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['details', 'object_type'])
      .where('action', '=', 'personal.reveal')
      .where('object_id', '=', q.id)
      .execute();
    expect(audit).toEqual([
      {
        object_type: 'knowledgeQuestion',
        details: { field: 'knowledge_questions.question', reason: '回拨客户' },
      },
    ]);

    // The draft FAQ takes the masked texts, and says so to the editor.
    const faq = await sys.app.inject({
      method: 'POST',
      url: `/api/knowledge/questions/${q.id}/article`,
      headers: { cookie: manager },
    });
    expect(faq.statusCode, faq.body).toBe(201);
    expect(faq.json().personalDataMasked).toBe(true);
    expect(faq.json().article.bodyMd).toBe('可以，先核对身份证110101********1233后报案。');
    for (const typed of [MOBILE, ID]) expect(faq.body).not.toContain(typed);

    // A question stored before sealing existed is sealed by the start-up sweep.
    await sys.db
      .updateTable('knowledge_questions')
      .set({ answer: `旧记录：回电${MOBILE}` })
      .where('id', '=', q.id)
      .execute();
    await sealExistingFreeText(sys.db, sys.deps.crypto, sys.clock.now());
    const row = await sys.db
      .selectFrom('knowledge_questions')
      .select('answer')
      .where('id', '=', q.id)
      .executeTakeFirstOrThrow();
    expect(row.answer).toBe('旧记录：回电139****5678');
    expect((await revealQ(lead, { field: 'answer', reason: '核对旧记录' })).json().value).toBe(
      `旧记录：回电${MOBILE}`,
    );
  });
});
