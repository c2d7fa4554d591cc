import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importerFor } from '../src/policies/file-import.ts';
import { openImport, runImport } from '../src/policies/import-record.ts';
import { policiesCsv } from '../src/policies/sample.ts';
import { idNumberOf, localMidnight } from '../src/seed/demo-policies.ts';
import { adminQuery, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem();
});
afterAll(() => sys.close());

const LI_MING_ID = idNumberOf('110105', '19850315', 12);
const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const post = (url: string, cookie: string, payload: unknown, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
const move = (id: string, cookie: string, body: Record<string, unknown>) =>
  post(`/api/claim-applications/${id}/events`, cookie, body);
type Dl = { kind: string; state: string; metAt: string | null };
const deadline = (d: { deadlines: Dl[] }, kind: string) => d.deadlines.find((x) => x.kind === kind);

/** An application on the policy up to `investigating`, on the handler's clock. */
const investigating = async (cookie: string, policyNo: string) => {
  const policy = (await get(`/api/claim-applications/policy?policyNo=${policyNo}`, cookie)).json();
  const r = await post(
    '/api/claim-applications',
    cookie,
    {
      policyId: policy.id,
      claimType: 'motorDamage',
      relation: 'insured',
      applicantName: '李明',
      applicantIdNumber: LI_MING_ID,
      applicantPhone: '13800138000',
    },
    { 'idempotency-key': randomBytes(8).toString('hex') },
  );
  expect(r.statusCode, r.body).toBe(201);
  const d = r.json();
  const documents = d.application.documents.map((x: { id: string }) => ({
    id: x.id,
    received: true,
    form: 'original',
    verified: true,
    returned: false,
  }));
  for (const body of [
    { event: 'recordDocuments', documents },
    { event: 'markComplete' },
    { event: 'handOver', recipient: '保险公司理赔部' },
    { event: 'confirmReceipt', note: '签收' },
    { event: 'startInvestigation' },
  ]) {
    const m = await move(d.id, cookie, body);
    expect(m.statusCode, m.body).toBe(200);
  }
  return d.id as string;
};

describe('policy deductible rate and payout proportion (issue #14)', () => {
  it('imports 免赔率 and 赔付比例, shows them on the policy and deducts them at assessment', async () => {
    sys.clock.set(bj('2026-03-02 09:00'));
    const importer = await importerFor(sys.deps);
    const text = policiesCsv([
      {
        policyNo: 'PRATE0000001',
        branchCode: 'BJ',
        product: '机动车商业保险',
        line: 'nonLife',
        coveredPerils: ['collision', 'fire', 'theft'],
        periodStart: localMidnight(2026, 1, 1),
        periodEnd: localMidnight(2027, 1, 1),
        sumInsuredFen: 300_000_00,
        deductibleFen: 500_00,
        deductibleRateBp: 1_000,
        payoutRatioBp: 8_000,
        policyholderName: '李明',
        insuredName: '李明',
        insuredIdNumber: LI_MING_ID,
        insuredPhone: '13800138000',
        beneficiaries: [],
        plate: null,
      },
    ]);
    expect(text.split('\n')[0]).toContain('免赔率,赔付比例');
    const importId = await openImport(sys.deps, importer, { fileName: 'rates.csv', format: 'csv' });
    const outcome = await runImport(sys.deps, importId, importer, {
      format: 'csv',
      input: Readable.from([Buffer.from(text)]),
      sizeBytes: text.length,
    });
    expect(outcome.counts).toMatchObject({ inserted: 1, rejected: 0 });

    const handler = await sys.login('claimshandler.bj');
    const policy = (await get('/api/claim-applications/policy?policyNo=PRATE0000001', handler)).json();
    expect(policy).toMatchObject({ deductibleRateBp: 1_000, payoutRatioBp: 8_000 });

    const id = await investigating(handler, 'PRATE0000001');
    // The board shows the progress stored with the documents (0019), the same as the detail counts.
    const board = (await get('/api/claim-applications', handler)).json();
    const onBoard = board.columns
      .flatMap((c: { items: { id: string }[] }) => c.items)
      .find((i: { id: string }) => i.id === id);
    expect(onBoard.progress).toEqual({ satisfied: 7, total: 7 });
    const r = await move(id, handler, {
      event: 'recordAssessment',
      note: '定损',
      items: [{ zh: '车辆损失', en: 'Vehicle damage', lossFen: 10_000_00 }],
    });
    expect(r.statusCode, r.body).toBe(200);
    const a = r.json().application;
    expect(a.policyTerms).toEqual({
      sumInsuredFen: 300_000_00,
      deductibleFen: 500_00,
      deductibleRateBp: 1_000,
      payoutRatioBp: 8_000,
    });
    // 10 % of 10,000 = 1,000 is higher than the fixed 500: deducted → 9,000; paid at 80 % → 7,200.00.
    expect(a.payout.steps.map((s: { code: string; amountFen: number }) => [s.code, s.amountFen])).toEqual([
      ['loss', 10_000_00],
      ['deductibleRate', 9_000_00],
      ['payoutRatio', 7_200_00],
      ['payable', 7_200_00],
    ]);

    // A rate above 100 % is refused on its row, by field.
    const bad = text.replace(',10,80,', ',101,80,');
    expect(bad).not.toBe(text);
    const badId = await openImport(sys.deps, importer, { fileName: 'bad.csv', format: 'csv' });
    const refused = await runImport(sys.deps, badId, importer, {
      format: 'csv',
      input: Readable.from([Buffer.from(bad)]),
      sizeBytes: bad.length,
    });
    expect(refused.report).toEqual([expect.objectContaining({ field: 'deductibleRate', severity: 'error' })]);
    sys.clock.set('2026-11-22T02:00:00Z');
  });
});

describe('advance payment (Insurance Law art. 25) and the lump-sum assessment', () => {
  it('records the determinable amount once, meets the art. 25 clock and is deducted from the payment', async () => {
    sys.clock.set(bj('2026-03-02 09:00'));
    const handler = await sys.login('claimshandler.bj');
    const id = await investigating(handler, 'PBJ2026000001');
    const advance = { event: 'advancePay', amountFen: 3_000_00, payee: '李明', basis: '已核实的维修发票' };

    let r = await move(id, handler, { ...advance, payee: ' ' });
    expect(r.json().error.code).toBe('CLAIM_ADVANCE_PAYEE_REQUIRED');
    r = await move(id, handler, { ...advance, amountFen: 300_000_01 });
    expect(r.json().error.code).toBe('CLAIM_ADVANCE_INVALID');
    const desk = await sys.login('agent.bj');
    expect((await move(id, desk, advance)).statusCode).toBeGreaterThanOrEqual(400);

    sys.clock.set(bj('2026-04-20 10:00'));
    const later = await sys.login('claimshandler.bj');
    r = await move(id, later, advance);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().application).toMatchObject({
      state: 'investigating',
      advance: {
        amountFen: 3_000_00,
        payeeMasked: '李*',
        basis: '已核实的维修发票',
        at: bj('2026-04-20 10:00'),
      },
    });
    expect(deadline(r.json(), 'claimAdvancePayment')).toMatchObject({
      state: 'met',
      metAt: bj('2026-04-20 10:00'),
    });
    expect(deadline(r.json(), 'claimDecision')).not.toMatchObject({ state: 'met' });
    expect((await move(id, later, advance)).json().error.code).toBe('CLAIM_ADVANCE_ALREADY_PAID');

    // Lump sum: one line; items and a lump sum at once are refused.
    r = await move(id, later, {
      event: 'recordAssessment',
      note: '定损',
      assessedAmountFen: 10_000_00,
      items: [{ zh: '车辆损失', en: 'Vehicle damage', lossFen: 1 }],
    });
    expect(r.json().error.code).toBe('CLAIM_PAYOUT_INVALID');
    r = await move(id, later, {
      event: 'recordAssessment',
      note: '一次性核定',
      assessedAmountFen: 10_000_00,
    });
    expect(r.statusCode, r.body).toBe(200);
    const payout = r.json().application.payout;
    expect(payout.steps[0]).toMatchObject({ code: 'loss', amountFen: 10_000_00 });
    expect(r.json().application.assessedAmountFen).toBe(10_000_00);
    // The demo policy deducts a fixed 500 yuan: 9,500.00 payable.
    expect(payout.payableFen).toBe(9_500_00);

    // The decision pays at least what was advanced, and cannot refuse after it.
    r = await move(id, later, { event: 'decide', outcome: 'pay', amountFen: 2_999_99, note: '赔付' });
    expect(r.json().error.code).toBe('CLAIM_DECISION_INVALID');
    r = await move(id, later, {
      event: 'decide',
      outcome: 'refuse',
      note: '拒赔',
      reasons: [{ text: '不属保险责任', basis: { source: 'contract', clause: '第三条' } }],
    });
    expect(r.json().error.code).toBe('CLAIM_DECISION_INVALID');
    r = await move(id, later, { event: 'decide', outcome: 'pay', amountFen: 9_500_00, note: '赔付' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().application.settlement).toEqual({
      decidedFen: 9_500_00,
      advanceFen: 3_000_00,
      balanceFen: 6_500_00,
    });
    r = await move(id, later, { event: 'pay' });
    expect(r.statusCode, r.body).toBe(200);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_id', '=', id)
      .where('action', 'in', ['claimApplication.advancePay', 'claimApplication.pay'])
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['claimApplication.advancePay', 'claimApplication.pay']);
    expect(JSON.stringify(audit[1]?.details)).toContain('"balanceFen":650000');
    // The payee is a person's name: sealed at rest, never in the audit row.
    expect(JSON.stringify(audit[0]?.details)).not.toContain('李明');
    const row = (
      await adminQuery(
        `SELECT advance_fen, advance_payment::text AS stored FROM claim_applications WHERE case_id = '${id}'`,
        sys.dbName,
      )
    ).rows[0];
    expect(Number(row.advance_fen)).toBe(3_000_00);
    expect(row.stored).not.toContain('李明');
    sys.clock.set('2026-11-22T02:00:00Z');
  });
});
