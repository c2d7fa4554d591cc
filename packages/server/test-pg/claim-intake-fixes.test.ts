import { randomBytes } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

/** Issue #14 part 8: what a check of the claim-report desk found. */
let sys: TestSystem;
let agent: string;
beforeAll(async () => {
  sys = await testSystem();
  agent = await sys.login('agent.bj');
});
afterAll(() => sys.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}, cookie = agent) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });

const lookup = async (by: string, value: string) => {
  const res = await post('/api/claim-reports/lookups', { by, value });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const report = (lookupId: string, policyId: string, over: Record<string, unknown> = {}) => ({
  lookupId,
  policyId,
  channel: 'phone',
  occurredAt: '2026-11-20T07:30:00+08:00',
  place: '北京市朝阳区建国路与东三环交叉口',
  cause: 'collision',
  course: '等红灯时被后车追尾，车尾受损。',
  injuryDegree: 'none',
  reporterName: '李明',
  reporterPhone: '13800138000',
  reporterRelation: 'self',
  ...over,
});

const register = (body: unknown, lang = 'zh-CN') =>
  post('/api/claim-reports', body, {
    'idempotency-key': randomBytes(8).toString('hex'),
    'accept-language': lang,
  });

const reportCount = async () =>
  Number(
    (
      await sys.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('kind', '=', 'claimReport')
        .executeTakeFirstOrThrow()
    ).n,
  );

const pdfText = async (bytes: Buffer) => {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('');
};

describe('1. the desk is the only way in', () => {
  it('refuses a claim report through the general case form, and keeps claim applications there', async () => {
    const before = await reportCount();
    const res = await createCase(sys, agent, consultation({ kind: 'claimReport' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('CLAIM_REPORT_USE_DESK');
    expect(res.json().error.message).toContain('报案登记');
    expect(res.json().error.details).toEqual([
      { in: 'body', path: 'kind', message: expect.stringContaining('报案登记') },
    ]);
    expect(await reportCount()).toBe(before);
    const app = await createCase(sys, agent, consultation({ kind: 'claimApplication' }));
    expect(app.statusCode, app.body).toBe(201);
  });
});

describe('2. a registration is bound to its look-up', () => {
  it('keeps the returned policy ids with the look-up', async () => {
    const l = await lookup('insuredName', '王芳');
    const row = await sys.db
      .selectFrom('report_lookups')
      .select(['policy_ids', 'insured_persons'])
      .where('id', '=', l.lookupId)
      .executeTakeFirstOrThrow();
    expect([...row.policy_ids].sort()).toEqual(l.policies.map((p: { id: string }) => p.id).sort());
    expect(row.insured_persons).toBe(l.insuredPersons);
  });

  it('refuses a policy the look-up did not return, on the policyId field', async () => {
    const wang = (await lookup('policyNo', 'PBJ2026000002')).policies[0];
    const li = await lookup('policyNo', 'PBJ2026000001');
    const res = await register(report(li.lookupId, wang.id, { cause: 'accidentalInjury' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('CLAIM_POLICY_NOT_IN_LOOKUP');
    expect(res.json().error.details).toEqual([
      { in: 'body', path: 'policyId', message: expect.stringContaining('查询') },
    ]);
    const none = await lookup('policyNo', 'PXX2026999999');
    const again = await register(report(none.lookupId, wang.id, { cause: 'accidentalInjury' }));
    expect(again.json().error.code).toBe('CLAIM_POLICY_NOT_IN_LOOKUP');
  });

  it('asks for the ID number after a same-name look-up, on the confirmIdNumber field', async () => {
    const l = await lookup('insuredName', '王芳');
    expect(l.confirmIdNumberRequired).toBe(true);
    const target = l.policies.find((p: { policyNo: string }) => p.policyNo === 'PBJ2026000002');
    const body = report(l.lookupId, target.id, {
      cause: 'accidentalInjury',
      injuryDegree: 'minor',
      reporterName: '王芳',
    });
    const res = await register(body, 'en');
    expect(res.json().error.code).toBe('CLAIM_IDENTITY_UNCONFIRMED');
    expect(res.json().error.details).toEqual([
      { in: 'body', path: 'confirmIdNumber', message: expect.stringContaining('ID number') },
    ]);
    const ok = await register({ ...body, confirmIdNumber: idNumberOf('110101', '19900101', 24) });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});

describe('3. dates that cannot be true are field errors', () => {
  const field = async (over: Record<string, unknown>, lang = 'zh-CN') => {
    const l = await lookup('policyNo', 'PBJ2026000001');
    const res = await register(report(l.lookupId, l.policies[0].id, over), lang);
    return { status: res.statusCode, error: res.json().error };
  };

  it('refuses a knew-at before the accident on knewAt, in the caller language', async () => {
    const before = await reportCount();
    const zh = await field({ knewAt: '2026-11-20T07:29:00+08:00' });
    expect(zh.status).toBe(400);
    expect(zh.error.code).toBe('VALIDATION_FAILED');
    expect(zh.error.details).toEqual([
      { in: 'body', path: 'knewAt', message: '知道出险的时间不能早于出险时间' },
    ]);
    const en = await field({ knewAt: '2026-11-20T07:29:00+08:00' }, 'en');
    expect(en.error.details[0].message).toMatch(/^The claimant cannot have learnt/);
    expect(await reportCount()).toBe(before);
  });

  it('refuses accidents before 1950 (no policy is older), however early, without a 500', async () => {
    for (const occurredAt of [
      '1949-12-31T23:00:00+08:00',
      '1899-06-01T10:00:00+08:00',
      '0001-01-01T00:00:00+08:00',
    ]) {
      const r = await field({ occurredAt, knewAt: '2026-11-21T10:00:00+08:00' });
      expect(r.status, occurredAt).toBe(400);
      expect(r.error.details.map((d: { path: string }) => d.path)).toEqual(['occurredAt']);
    }
  });

  it('refuses an accident or a knew-at after the report on its field', async () => {
    const accident = await field({ occurredAt: '2026-11-22T10:30:00+08:00' });
    expect(accident.status).toBe(422);
    expect(accident.error.code).toBe('ACCIDENT_IN_FUTURE');
    expect(accident.error.details).toEqual([
      { in: 'body', path: 'occurredAt', message: '出险时间不能晚于报案时间' },
    ]);
    const knew = await field({ knewAt: '2026-11-23T08:00:00+08:00' });
    expect(knew.error.details.map((d: { path: string }) => d.path)).toEqual(['knewAt']);
  });
});

describe('4. the written refusal notice', () => {
  let caseId = '';
  const notice = async (cookie = agent) =>
    sys.app.inject({ url: `/api/claim-reports/${caseId}/notice.pdf`, headers: { cookie } });

  beforeAll(async () => {
    const l = await lookup('policyNo', 'PBJ2026000001');
    const res = await register(
      report(l.lookupId, l.policies[0].id, { occurredAt: '2025-12-31T23:30:00+08:00' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    caseId = res.json().id;
  });

  it('addresses the reporter by full name, audited as a reveal in the same breath', async () => {
    const pdf = await notice();
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['cache-control']).toBe('no-store');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('尊敬的李明');
    const audit = await sys.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'claimReport.noticeLetter')
      .where('object_id', '=', caseId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ revealed: ['reporterName'] });
    const auditor = await sys.login('auditor.ho');
    expect((await notice(auditor)).statusCode).toBe(403);
  });

  it('cites only the contract and the law, never the center rule book or a code', async () => {
    const text = await pdfText((await notice()).rawPayload);
    expect(text).toContain('保险事故发生日期不在保险期间内');
    expect(text).toContain('依据：保险合同约定的保险期间');
    expect(text).not.toMatch(/seed|§|OUTSIDE_POLICY_PERIOD|art\.|信息初步审核/i);
  });

  it('states the papers only as recorded on the report', async () => {
    const unrecorded = await pdfText((await notice()).rawPayload);
    expect(unrecorded).not.toContain('复印存档');
    expect(unrecorded).not.toContain('返还');
    const rec = await post(`/api/claim-reports/${caseId}/notice`, {
      copiesArchived: true,
      originalsReturned: false,
    });
    expect(rec.statusCode, rec.body).toBe(200);
    const copiesOnly = await pdfText((await notice()).rawPayload);
    expect(copiesOnly).toContain('已复印存档');
    expect(copiesOnly).not.toContain('返还');
    await post(`/api/claim-reports/${caseId}/notice`, { copiesArchived: true, originalsReturned: true });
    expect(await pdfText((await notice()).rawPayload)).toContain('原件已返还给您');
  });
});
