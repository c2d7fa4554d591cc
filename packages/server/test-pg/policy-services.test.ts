import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agent: string;
// Demo policy PBJ2026000002 (意外伤害保险): 王芳 is policyholder and insured.
const WANG_FANG_ID = idNumberOf('110101', '19900101', 24);
const CHILD_ID = idNumberOf('110101', '20150601', 15);
beforeAll(async () => {
  sys = await testSystem();
  agent = await sys.login('agent.bj');
});
afterAll(() => sys.close());

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const post = (url: string, cookie: string, payload: unknown, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
const key = () => ({ 'idempotency-key': randomBytes(8).toString('hex') });

const lookUp = async (policyNo: string, cookie = agent) => {
  const res = await get(`/api/policy-services/policy?policyNo=${policyNo}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const surrender = async (over: Record<string, unknown> = {}, cookie = agent) =>
  post(
    '/api/surrenders',
    cookie,
    {
      policyId: (await lookUp('PBJ2026000001', cookie)).policy.id,
      channel: 'phone',
      customerName: '李明',
      customerPhone: '13800138000',
      reason: 'financialNeed',
      reasonNote: '家中急需用钱',
      ...over,
    },
    key(),
  );
const endorse = async (over: Record<string, unknown>, cookie = agent) =>
  post(
    '/api/endorsements',
    cookie,
    {
      policyId: (await lookUp('PBJ2026000002', cookie)).policy.id,
      channel: 'walkIn',
      customerName: '王芳',
      ...over,
    },
    key(),
  );
const move = (id: string, cookie: string, body: Record<string, unknown>) =>
  post(`/api/policy-services/${id}/events`, cookie, body);
const audits = (action: string, objectId?: string) =>
  sys.db
    .selectFrom('audit_log')
    .select(['details', 'result'])
    .where('action', '=', action)
    .$if(objectId !== undefined, (q) => q.where('object_id', '=', objectId ?? ''))
    .execute();
const pdfText = async (bytes: Buffer) => {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('');
};

describe('surrender (seed 003 第五条)', () => {
  it('takes the request with its reason, documents and deadlines, and follows it to the refund', async () => {
    const found = await lookUp('PBJ2026000001');
    expect(found.documents.surrender.map((d: { id: string }) => d.id)).toContain('vehicleLicence');
    const res = await surrender();
    expect(res.statusCode, res.body).toBe(201);
    let d = res.json();
    expect(d.number).toMatch(/^TBBJ20261122\d{4}$/);
    expect(d.service).toMatchObject({ kind: 'surrender', state: 'received', reason: 'financialNeed' });
    expect(d.customerName).toBe('李*');
    // Sunday 22 Nov: Mon 23 (1), Tue 24 (2), Wed 25 (3); ends at 24:00 on the 25th, on the business calendar.
    expect(d.deadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'serviceHandover', state: 'open', dueAt: bj('2026-11-26 00:00') }),
        expect.objectContaining({ kind: 'serviceCompletion', state: 'open' }),
      ]),
    );
    expect((await audits('surrender.register', d.id)).length).toBe(1);

    let r = await move(d.id, agent, { event: 'handOver', version: d.version, recipient: '承保公司保全部' });
    expect(r.json().error.code).toBe('POLICY_SERVICE_DOCUMENTS_INCOMPLETE');
    const all = d.service.documents.map((x: { id: string }) => x.id);
    r = await move(d.id, agent, { event: 'recordDocuments', version: d.version, received: all });
    expect(r.statusCode, r.body).toBe(200);
    d = r.json();
    r = await move(d.id, agent, { event: 'handOver', version: d.version, recipient: '承保公司保全部' });
    d = r.json();
    expect(d.service.state).toBe('handedOver');
    expect(d.deadlines.find((x: { kind: string }) => x.kind === 'serviceHandover').state).toBe('met');

    r = await move(d.id, agent, { event: 'complete', version: d.version });
    expect(r.json().error.code).toBe('SURRENDER_REFUND_REQUIRED');
    r = await move(d.id, agent, {
      event: 'complete',
      version: d.version,
      refundFen: 123_456_78,
      note: '已退',
    });
    expect(r.statusCode, r.body).toBe(200);
    d = r.json();
    expect(d.service).toMatchObject({ state: 'completed', refundFen: 123_456_78, refundSource: 'entered' });
    expect(d.status).toBe('closed');
    expect(d.deadlines.every((x: { state: string }) => x.state === 'met')).toBe(true);
    expect((await audits('surrender.complete', d.id))[0]?.details).toMatchObject({ refundFen: 123_456_78 });
    expect(d.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['policyServiceReceived', 'serviceHandedOver', 'serviceCompleted']),
    );
  });

  it('prints the 退保申请书 with words only, audited as a reveal', async () => {
    const d = (await surrender({ reason: 'other', reasonNote: '孩子出国留学' })).json();
    const res = await get(`/api/policy-services/${d.id}/form.pdf`, agent);
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('退保申请书');
    expect(text).toContain('李明');
    expect(text).toContain('其他原因');
    expect(text).toContain('机动车行驶证');
    expect(text).not.toMatch(/seed|种子|第五条|other|financialNeed|vehicleLicence|surrender|TRANSITION/);
    expect((await audits('surrender.form', d.id)).length).toBe(1);
  });

  it('refuses another branch, an "other" reason without words, and the general case route', async () => {
    const d = (await surrender()).json();
    const sh = await sys.login('agent.sh');
    expect((await get(`/api/policy-services/${d.id}`, sh)).statusCode).toBe(404);
    expect((await move(d.id, sh, { event: 'withdraw', version: d.version, note: 'x' })).statusCode).toBe(404);
    expect((await get(`/api/policy-services/${d.id}/form.pdf`, sh)).statusCode).toBe(404);
    expect((await surrender({ reason: 'other', reasonNote: '' })).json().error.code).toBe(
      'SURRENDER_REASON_NOTE_REQUIRED',
    );
    const free = await post(
      '/api/cases',
      agent,
      { kind: 'surrender', channel: 'phone', subject: '退保', description: '退保' },
      key(),
    );
    expect(free.json().error.code).toBe('POLICY_SERVICE_USE_DESK');
    // The case's own general moves do not apply: the request runs its own table.
    expect((await get(`/api/cases/${d.id}`, agent)).json().moves).toEqual([]);
  });
});

describe('endorsement (seed 003 第六条)', () => {
  const beneficiary = {
    beneficiaries: [{ name: '王小明', idNumber: CHILD_ID, relation: '子女', sharePercent: 100 }],
  };

  it('refuses a change of beneficiary without the policyholder’s verified identity, and audits the refusal', async () => {
    const none = await endorse({ changeType: 'beneficiary', fields: beneficiary });
    expect(none.statusCode).toBe(422);
    expect(none.json().error).toMatchObject({
      code: 'ENDORSEMENT_IDENTITY_REQUIRED',
      details: [{ path: 'holderIdNumber' }],
    });
    const wrong = await endorse({ changeType: 'beneficiary', fields: beneficiary, holderIdNumber: CHILD_ID });
    expect(wrong.json().error.code).toBe('ENDORSEMENT_IDENTITY_MISMATCH');
    const refusals = await audits('endorsement.refused');
    expect(refusals.map((a) => a.result)).toEqual(['denied', 'denied']);
    expect(JSON.stringify(refusals)).not.toContain(CHILD_ID);
  });

  it('takes it once verified, encrypted and masked, with its documents and form', async () => {
    const res = await endorse({
      changeType: 'beneficiary',
      fields: beneficiary,
      holderIdNumber: WANG_FANG_ID,
    });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d.number).toMatch(/^PGBJ/);
    expect(d.service).toMatchObject({ kind: 'endorsement', changeType: 'beneficiary', holderVerified: true });
    expect(d.service.change.beneficiaries[0]).toMatchObject({
      name: '王**',
      idNumber: `${CHILD_ID.slice(0, 6)}********${CHILD_ID.slice(-4)}`,
    });
    expect(JSON.stringify(d)).not.toContain(CHILD_ID);
    expect(d.service.documents.map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining(['beneficiaryId', 'insuredConsent']),
    );
    const row = await sys.db
      .selectFrom('policy_services')
      .select(['change_enc', 'change_masked'])
      .where('case_id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(row.change_enc).not.toContain('王小明');
    expect(JSON.stringify(row.change_masked)).not.toContain(CHILD_ID);

    const revealed = await post(`/api/policy-services/${d.id}/reveal`, agent, { reason: '客户来电核对' });
    expect(revealed.json().change.beneficiaries[0].idNumber).toBe(CHILD_ID);
    expect((await audits('personal.reveal', d.id)).length).toBe(1);

    const pdf = await get(`/api/policy-services/${d.id}/form.pdf`, agent);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('批改申请书');
    expect(text).toContain('变更受益人');
    expect(text).toContain('王小明');
    expect(text).not.toMatch(/seed|种子|第六条|beneficiary|sharePercent|insuredConsent/);
  });

  it('checks each change type’s own fields; phone and plate by the identity rules', async () => {
    const phone = await endorse({ changeType: 'phone', fields: { phone: '123' } });
    expect(phone.json().error).toMatchObject({
      code: 'ENDORSEMENT_CHANGE_INVALID',
      details: [{ path: 'fields.phone' }],
    });
    const plate = await endorse({ changeType: 'plate', fields: { plate: '京A-1234' } });
    expect(plate.json().error.details[0].path).toBe('fields.plate');
    const ok = await endorse({ changeType: 'phone', fields: { phone: '139 1234 0000' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().service.change).toEqual({ type: 'phone', phone: '139****0000' });
    const d = ok.json();
    const w = await move(d.id, agent, { event: 'withdraw', version: d.version, note: '客户改为自行办理' });
    expect(w.json().service.state).toBe('withdrawn');
    expect(w.json().deadlines.every((x: { state: string }) => x.state === 'met')).toBe(true);
  });

  it('cannot verify a policyholder who is not the insured: the policy holds no ID of theirs', async () => {
    await sys.db
      .updateTable('policies')
      .set({ policyholder_name_enc: sys.deps.crypto.encrypt('北京某某物流有限公司') })
      .where('policy_no', '=', 'PBJ2026000002')
      .execute();
    expect((await lookUp('PBJ2026000002')).holderVerifiable).toBe(false);
    const r = await endorse({ changeType: 'beneficiary', fields: beneficiary, holderIdNumber: WANG_FANG_ID });
    expect(r.json().error.code).toBe('ENDORSEMENT_HOLDER_ID_UNAVAILABLE');
  });
});

describe('documents to bring (head office edits them)', () => {
  it('saves a new version at head office only, audited, and new requests take it', async () => {
    const ho = await sys.login('headoffice.ho');
    const current = (await get('/api/policy-services/documents', ho)).json();
    expect(current).toMatchObject({ version: 0, editable: true });
    const settings = {
      lists: current.settings.lists.map((l: { kind: string; product: string; items: unknown[] }) =>
        l.kind === 'surrender' && l.product === '*'
          ? { ...l, items: [...l.items, { id: 'authorisation', zh: '委托书', en: 'Authorisation' }] }
          : l,
      ),
    };
    const put = (cookie: string, body: unknown) =>
      sys.app.inject({
        method: 'PUT',
        url: '/api/policy-services/documents',
        headers: { cookie },
        payload: body as object,
      });
    expect((await put(agent, { baseVersion: 0, note: 'x', settings })).statusCode).toBe(403);
    const saved = await put(ho, { baseVersion: 0, note: '代办需委托书', settings });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    expect((await put(ho, { baseVersion: 0, note: 'x', settings })).json().error.code).toBe(
      'POLICY_SERVICE_DOCUMENTS_VERSION_CONFLICT',
    );
    expect((await audits('policyServiceDocuments.save')).length).toBe(1);
    const found = await lookUp('PBJ2026000002');
    expect(found.documents.surrender.map((d: { id: string }) => d.id)).toContain('authorisation');
  });
});

describe('no 5xx for anything a client can send here', () => {
  it('answers generated bodies to intake and moves with a 4xx, never a 5xx', async () => {
    const policyId = (await lookUp('PBJ2026000002')).policy.id;
    const d = (await surrender()).json();
    const changes = fc.record({
      policyId: fc.constantFrom(policyId, 'x'),
      channel: fc.constantFrom('phone', 'fax', 1),
      customerName: fc.string({ maxLength: 60 }),
      changeType: fc.constantFrom(
        'beneficiary',
        'address',
        'phone',
        'plate',
        'paymentAccount',
        'other',
        'nope',
      ),
      fields: fc.dictionary(
        fc.constantFrom('beneficiaries', 'phone', 'plate', 'accountNo', 'x'),
        fc.anything(),
      ),
      holderIdNumber: fc.oneof(fc.string({ maxLength: 30 }), fc.constant(WANG_FANG_ID)),
    });
    const moves = fc.record({
      event: fc.constantFrom('recordDocuments', 'handOver', 'complete', 'decline', 'withdraw', 'x'),
      version: fc.oneof(fc.constant(d.version), fc.integer()),
      received: fc.array(fc.string({ maxLength: 70 }), { maxLength: 3 }),
      recipient: fc.string({ maxLength: 120 }),
      refundFen: fc.oneof(fc.integer(), fc.double()),
      note: fc.string({ maxLength: 20 }),
    });
    for (const body of fc.sample(changes, 40)) {
      const r = await post('/api/endorsements', agent, body, key());
      expect(r.statusCode, r.body).toBeLessThan(500);
    }
    for (const body of fc.sample(moves, 40)) {
      const r = await move(d.id, agent, body);
      expect(r.statusCode, r.body).toBeLessThan(500);
    }
    for (const junk of fc.sample(fc.anything(), 20)) {
      const r = await post('/api/surrenders', agent, { value: junk }, key());
      expect(r.statusCode, r.body).toBeLessThan(500);
    }
  });
});
