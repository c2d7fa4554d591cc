import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/**
 * Issue #22 gaps: the sum-insured raise recorded by the endorsement desk and read by the signal, the payee account
 * on the application (checked, sealed, masked, revealed with an audit row, matched by keyed hash), the providers
 * matched by their normalised name, and the head-office list of providers.
 */
let sys: TestSystem;
let handler: string;
let agent: string;
let ho: string;
beforeAll(async () => {
  sys = await testSystem();
  handler = await sys.login('claimshandler.bj');
  agent = await sys.login('agent.bj');
  ho = await sys.login('headoffice.ho');
});
afterAll(() => sys.close());

const key = () => ({ 'idempotency-key': randomBytes(8).toString('hex') });
const post = (url: string, cookie: string, payload: unknown, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
const codes = (s: { hits: { code: string }[] }) => s.hits.map((h) => h.code);

const report = async (policyNo: string, over: Record<string, unknown> = {}) => {
  const lk = await post('/api/claim-reports/lookups', handler, { by: 'policyNo', value: policyNo });
  expect(lk.statusCode, lk.body).toBe(200);
  const res = await post(
    '/api/claim-reports',
    handler,
    {
      lookupId: lk.json().lookupId,
      policyId: lk.json().policies[0].id,
      channel: 'phone',
      occurredAt: '2026-11-10T07:00:00+08:00',
      place: '北京市东城区',
      cause: 'accidentalInjury',
      course: '下楼时摔倒。',
      injuryDegree: 'minor',
      reporterRelation: 'self',
      ...over,
    },
    key(),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const scoreOf = async (caseId: string) => {
  const r = await get(`/api/fraud/cases/${caseId}/score`, handler);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const policyRow = (policyNo: string) =>
  sys.db
    .selectFrom('policies')
    .select(['id', 'sum_insured_fen', 'sum_insured_raised_at'])
    .where('policy_no', '=', policyNo)
    .executeTakeFirstOrThrow();

/** A change of the sum insured taken, handed over and completed at the endorsement desk. */
const raise = async (policyNo: string, newSumInsuredFen: number, effectiveDate: string) => {
  const found = (await get(`/api/policy-services/policy?policyNo=${policyNo}`, agent)).json();
  const res = await post(
    '/api/endorsements',
    agent,
    {
      policyId: found.policy.id,
      channel: 'walkIn',
      customerName: '王芳',
      changeType: 'sumInsured',
      fields: { newSumInsuredFen, effectiveDate },
    },
    key(),
  );
  expect(res.statusCode, res.body).toBe(201);
  let d = res.json();
  const received = d.service.documents.map((x: { id: string }) => x.id);
  for (const body of [
    { event: 'recordDocuments', received },
    { event: 'handOver', recipient: '承保公司保全部' },
    { event: 'complete' },
  ]) {
    const r = await post(`/api/policy-services/${d.id}/events`, agent, { ...body, version: d.version });
    expect(r.statusCode, r.body).toBe(200);
    d = r.json();
  }
  return d;
};

describe('loss soon after the sum insured was raised', () => {
  it('fires when the loss is within the window of a completed raise, with its reason', async () => {
    const before = await policyRow('PBJ2026000002');
    await raise('PBJ2026000002', Number(before.sum_insured_fen) * 2, '2026-11-01');
    const after = await policyRow('PBJ2026000002');
    expect(Number(after.sum_insured_fen)).toBe(Number(before.sum_insured_fen) * 2);
    // 1 November, Beijing midnight.
    expect(after.sum_insured_raised_at?.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    const s = await scoreOf(await report('PBJ2026000002', { reporterName: '王芳' }));
    expect(codes(s)).toContain('afterSumRaise');
    expect(s.hits.find((h: { code: string }) => h.code === 'afterSumRaise').reason.zh).toContain('30 天');
  });

  it('does not fire outside the window, and a lowering records no raise', async () => {
    const before = await policyRow('PBJ2026000003');
    await raise('PBJ2026000003', Number(before.sum_insured_fen) + 100_00, '2026-08-01');
    const s = await scoreOf(
      await report('PBJ2026000003', { cause: 'illness', injuryDegree: 'none', reporterName: '王芳' }),
    );
    expect(codes(s)).not.toContain('afterSumRaise');
    await raise('PBJ2026000003', 1_000_00, '2026-11-05');
    expect((await policyRow('PBJ2026000003')).sum_insured_raised_at?.toISOString()).toBe(
      '2026-07-31T16:00:00.000Z',
    );
  });

  it('refuses a sum insured that is not exact fen or a date that does not exist', async () => {
    const found = (await get('/api/policy-services/policy?policyNo=PBJ2026000001', agent)).json();
    const res = await post(
      '/api/endorsements',
      agent,
      {
        policyId: found.policy.id,
        channel: 'walkIn',
        customerName: '李明',
        changeType: 'sumInsured',
        fields: { newSumInsuredFen: 12.5, effectiveDate: '2026-02-30' },
      },
      key(),
    );
    expect(res.json().error.code).toBe('ENDORSEMENT_CHANGE_INVALID');
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['fields.newSumInsuredFen', 'fields.effectiveDate']));
  });
});

// A UnionPay card with a valid Luhn digit.
const CARD = '6222 0202 0000 0000 014';
const apply = (policyNo: string, applicantIdNumber: string, payeeAccount: string, phone: string) =>
  (async () => {
    const policy = (await get(`/api/claim-applications/policy?policyNo=${policyNo}`, handler)).json();
    return post(
      '/api/claim-applications',
      handler,
      {
        policyId: policy.id,
        claimType: 'medical',
        relation: 'insured',
        applicantName: '王芳',
        applicantIdNumber,
        applicantPhone: phone,
        payeeAccount,
      },
      key(),
    );
  })();

describe('the payee account', () => {
  it('is checked, stored sealed and masked, revealed with an audit row, and shared payees are a signal', async () => {
    const bad = await apply(
      'PBJ2026000002',
      idNumberOf('110101', '19900101', 24),
      '6222020200000000019',
      '13900000001',
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'PAYEE_ACCOUNT_INVALID' });
    expect(bad.json().error.details[0].path).toBe('payeeAccount');

    const a = await apply('PBJ2026000002', idNumberOf('110101', '19900101', 24), CARD, '13900000001');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json().application.payeeAccountMasked).toBe('6222***********0014');
    const row = await sys.db
      .selectFrom('claim_applications')
      .select(['payee_account_enc', 'payee_account_bidx'])
      .where('case_id', '=', a.json().id)
      .executeTakeFirstOrThrow();
    expect(row.payee_account_enc).not.toContain('6222');
    expect(row.payee_account_bidx).toBeTruthy();
    expect(codes(await scoreOf(a.json().id))).not.toContain('sharedContact');

    // Another person (the other 王芳) with the same account, typed without spaces.
    const b = await apply(
      'PBJ2026000003',
      idNumberOf('110108', '19780620', 46),
      CARD.replace(/ /g, ''),
      '13900000002',
    );
    expect(b.statusCode, b.body).toBe(201);
    const s = await scoreOf(b.json().id);
    expect(codes(s)).toContain('sharedContact');

    const shown = await post(`/api/claim-applications/${a.json().id}/reveal`, handler, {
      field: 'payeeAccount',
      reason: '核对收款账户',
    });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toEqual({ field: 'payeeAccount', value: '6222020200000000014' });
    const audit = await sys.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'personal.reveal')
      .where('object_id', '=', a.json().id)
      .execute();
    expect(audit.map((r) => r.details)).toEqual([expect.objectContaining({ field: 'payeeAccount' })]);
  });
});

describe('providers', () => {
  it('match by the normalised name: spaces, full width and 有限公司 do not matter', async () => {
    const one = await report('PBJ2026000001', { cause: 'collision', hospital: '北京 安贞医院' });
    const two = await report('PBJ2026000004', { cause: 'accidentalDeath', hospital: '北京安贞医院有限公司' });
    const keys = await sys.db
      .selectFrom('claim_reports')
      .select(['case_id', 'hospital_key'])
      .where('case_id', 'in', [one, two])
      .execute();
    expect(keys).toHaveLength(2);
    expect(keys[0]?.hospital_key).toBeTruthy();
    expect(keys[0]?.hospital_key).toBe(keys[1]?.hospital_key);
    const linked = await sys.db
      .selectFrom('fraud_keys')
      .select('case_id')
      .where('kind', '=', 'hospital')
      .where('key', '=', keys[0]?.hospital_key ?? '')
      .execute();
    expect(linked.map((r) => r.case_id).sort()).toEqual([one, two].sort());
  });

  it('head office keeps the list intake picks from; the same place twice is refused', async () => {
    const add = await post('/api/fraud/providers', ho, { kind: 'repairShop', name: '朝阳 顺达汽修有限公司' });
    expect(add.statusCode, add.body).toBe(201);
    const again = await post('/api/fraud/providers', ho, { kind: 'repairShop', name: '朝阳顺达汽修' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('FRAUD_PROVIDER_EXISTS');
    expect(
      (await post('/api/fraud/providers', handler, { kind: 'hospital', name: '某医院' })).statusCode,
    ).toBe(403);
    const list = await get('/api/fraud/providers?kind=repairShop', handler);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().map((p: { name: string }) => p.name)).toContain('朝阳 顺达汽修有限公司');
    expect((await get('/api/fraud/providers?kind=nope', handler)).statusCode).toBe(400);
  });
});
