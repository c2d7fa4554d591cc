import { randomBytes } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let handler: string;
const LI_MING_ID = idNumberOf('110105', '19850315', 12);
beforeAll(async () => {
  sys = await testSystem();
  handler = await sys.login('claimshandler.bj');
});
afterAll(() => sys.close());

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const post = (url: string, cookie: string, payload: unknown, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });

const policyId = async (policyNo: string, cookie = handler) => {
  const res = await get(`/api/claim-applications/policy?policyNo=${policyNo}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as string;
};

const apply = async (over: Record<string, unknown>, cookie = handler, key = randomBytes(8).toString('hex')) =>
  post(
    '/api/claim-applications',
    cookie,
    {
      policyId: await policyId('PBJ2026000001', cookie),
      claimType: 'motorDamage',
      relation: 'insured',
      applicantName: '李明',
      applicantIdNumber: LI_MING_ID,
      applicantPhone: '13800138000',
      ...over,
    },
    { 'idempotency-key': key },
  );

type Doc = { id: string; originalRequired: boolean };
const move = (id: string, cookie: string, body: Record<string, unknown>) =>
  post(`/api/claim-applications/${id}/events`, cookie, body);
const allReceived = (docs: Doc[]) =>
  docs.map((d) => ({ id: d.id, received: true, form: 'original', verified: true, returned: false }));

const pdfText = async (bytes: Buffer) => {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('');
};

describe('registering a claim application (seed 003 §(四) 1)', () => {
  it('seals the applicant, snapshots the checklist, starts no hand-over clock yet, and replays by key', async () => {
    const key = 'claim-app-1';
    const res = await apply({}, handler, key);
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d.number).toMatch(/^SPBJ\d{8}\d{4}$/);
    expect(d.application).toMatchObject({
      state: 'received',
      applicant: { nameMasked: '李*', idNumberMasked: expect.stringContaining('****') },
      progress: { satisfied: 0, total: 7 },
    });
    expect(d.deadlines).toEqual([]);
    expect(d.moves.map((m: { event: string }) => m.event)).toEqual([
      'recordDocuments',
      'markComplete',
      'sendMissingNotice',
    ]);
    const raw = await sys.db
      .selectFrom('claim_applications')
      .selectAll()
      .where('case_id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain(LI_MING_ID);
    expect(raw.applicant_name_enc).not.toContain('李明');
    const again = await apply({}, handler, key);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(d.id);
  });

  it('refuses who holds no claim, with the reason on the relation field (zh/en)', async () => {
    const wrong = await apply({ applicantIdNumber: idNumberOf('110105', '19850315', 13) });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({
      code: 'CLAIM_NOT_ENTITLED',
      details: [{ path: 'relation', message: expect.stringContaining('被保险人') }],
    });
    const whole = { policyId: await policyId('PBJ2026000004'), claimType: 'death' };
    const heir = await apply({
      ...whole,
      relation: 'heir',
      applicantName: '赵大',
      applicantIdNumber: LI_MING_ID,
    });
    expect(heir.json().error.details[0].message).toContain('受益人');
    const named = await apply({
      ...whole,
      relation: 'beneficiary',
      applicantName: '赵小敏',
      applicantIdNumber: LI_MING_ID,
    });
    expect(named.statusCode, named.body).toBe(201);
    expect(named.json().application.documents.map((x: Doc) => x.id)).toContain('deathCertificate');
    const badId = await apply({ applicantIdNumber: '110105198503151234' });
    expect(badId.json().error.code).toBe('CLAIM_APPLICANT_ID_INVALID');
  });

  it('another branch gets 404 on the application, its moves and its letters', async () => {
    const d = (await apply({})).json();
    const sh = await sys.login('claimshandler.sh');
    expect((await get(`/api/claim-applications/${d.id}`, sh)).statusCode).toBe(404);
    expect((await move(d.id, sh, { event: 'sendMissingNotice' })).statusCode).toBe(404);
    expect((await get(`/api/claim-applications/${d.id}/transmittal.pdf`, sh)).statusCode).toBe(404);
    const board = (await get('/api/claim-applications', sh)).json();
    expect(board.columns.flatMap((c: { items: { id: string }[] }) => c.items.map((i) => i.id))).not.toContain(
      d.id,
    );
  });
});

describe('documents, the one notice, hand-over within 3 working days (seed 003 §(五))', () => {
  it('runs from incomplete to the insurer’s receipt on a fixed clock over Spring Festival 2026', async () => {
    sys.clock.set(bj('2026-02-12 09:00'));
    let cookie = await sys.login('claimshandler.bj');
    const d = (await apply({}, cookie)).json();
    const docs: Doc[] = d.application.documents;
    const partial = allReceived(docs).slice(0, 3);
    let r = await move(d.id, cookie, { event: 'recordDocuments', version: d.version, documents: partial });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().application.progress).toEqual({ satisfied: 3, total: 7 });
    r = await move(d.id, cookie, { event: 'markComplete' });
    expect(r.json().error.code).toBe('CLAIM_DOCUMENTS_INCOMPLETE');
    r = await move(d.id, cookie, { event: 'sendMissingNotice' });
    expect(r.json().application).toMatchObject({
      state: 'documentsIncomplete',
      missingNotice: { items: expect.any(Array) },
    });
    expect(r.json().application.missingNotice.items).toHaveLength(4);
    // 保险法第二十二条 "一次性": once.
    expect((await move(d.id, cookie, { event: 'sendMissingNotice' })).json().error.code).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    const notice = await get(`/api/claim-applications/${d.id}/missing-notice.pdf`, cookie);
    expect(notice.statusCode).toBe(200);
    const text = await pdfText(notice.rawPayload);
    expect(text).toContain('李明');
    expect(text).toContain('维修发票');
    expect(text).toContain('第二十二条');
    expect(text).not.toMatch(/seed|种子|claim-|§/);
    const printed = await sys.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'claimApplication.noticeLetter')
      .where('object_id', '=', d.id)
      .execute();
    expect(printed).toHaveLength(1);

    sys.clock.set(bj('2026-02-12 15:00'));
    cookie = await sys.login('claimshandler.bj');
    r = await move(d.id, cookie, { event: 'recordDocuments', documents: allReceived(docs) });
    r = await move(d.id, cookie, { event: 'markComplete' });
    expect(r.json().application.state).toBe('complete');
    // Fri 13 (1), Sat 14 make-up (2), 15–23 off, Tue 24 (3); ends at 24:00 on the 24th.
    expect(r.json().deadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'claimHandover', state: 'open', dueAt: bj('2026-02-25 00:00') }),
      ]),
    );
    r = await move(d.id, cookie, { event: 'handOver' });
    expect(r.json().error.code).toBe('CLAIM_HANDOVER_RECIPIENT_REQUIRED');
    r = await move(d.id, cookie, { event: 'handOver', recipient: '中国平安财产保险北京分公司理赔部' });
    expect(r.json().application.handover).toMatchObject({
      recipient: expect.stringContaining('平安'),
      items: expect.any(Array),
    });
    const transmittal = await pdfText(
      (await get(`/api/claim-applications/${d.id}/transmittal.pdf`, cookie)).rawPayload,
    );
    expect(transmittal).toContain('移交清单');
    expect(transmittal).toContain('原件');
    expect((await move(d.id, cookie, { event: 'startInvestigation' })).json().error.code).toBe(
      'CLAIM_RECEIPT_NOT_CONFIRMED',
    );
    sys.clock.set(bj('2026-02-24 10:00'));
    const later = await sys.login('claimshandler.bj');
    r = await move(d.id, later, { event: 'confirmReceipt', note: '保险公司王经理签收' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().deadlines.find((x: { kind: string }) => x.kind === 'claimHandover')).toMatchObject({
      state: 'met',
      metAt: bj('2026-02-24 10:00'),
    });
    const agent = await sys.login('agent.bj');
    expect((await move(d.id, agent, { event: 'startInvestigation' })).json().error.code).toBe(
      'CLAIMS_HANDLER_REQUIRED',
    );
    r = await move(d.id, later, { event: 'startInvestigation' });
    expect(r.json().application.state).toBe('investigating');
    expect(r.json().events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining([
        'claimApplicationRegistered',
        'sendMissingNotice',
        'markComplete',
        'handOver',
        'confirmReceipt',
      ]),
    );
    sys.clock.set('2026-11-22T02:00:00Z');
  });

  it('refuses a document that is not on the checklist', async () => {
    const d = (await apply({})).json();
    const r = await move(d.id, handler, {
      event: 'recordDocuments',
      documents: [{ id: 'nope', received: true, form: 'copy', verified: true, returned: false }],
    });
    expect(r.json().error.code).toBe('CLAIM_DOCUMENT_UNKNOWN');
  });
});

describe('the checklists are a versioned setting head office edits', () => {
  it('saves with a note as a new version, audits every change, refuses others and stale versions', async () => {
    const ho = await sys.login('headoffice.ho');
    const current = (await get('/api/claim-applications/checklists', ho)).json();
    expect(current).toMatchObject({ version: 0, editable: true });
    const checklists = {
      ...current.checklists,
      byClaimType: { ...current.checklists.byClaimType, medical: ['basic', 'accident', 'medical'] },
    };
    const put = (cookie: string, body: unknown) =>
      sys.app.inject({
        method: 'PUT',
        url: '/api/claim-applications/checklists',
        headers: { cookie },
        payload: body as object,
      });
    expect((await put(ho, { baseVersion: 0, checklists })).statusCode).toBe(400);
    const saved = await put(ho, { baseVersion: 0, note: '医疗也要事故证明', checklists });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    expect((await put(ho, { baseVersion: 0, note: 'x', checklists })).json().error.code).toBe(
      'CLAIM_CHECKLISTS_VERSION_CONFLICT',
    );
    expect((await put(handler, { baseVersion: 1, note: 'x', checklists })).statusCode).toBe(403);
    const row = await sys.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'claimChecklists.save')
      .executeTakeFirstOrThrow();
    expect(row.details).toMatchObject({ version: 1, changes: [{ path: 'byClaimType.medical' }] });
  });
});
