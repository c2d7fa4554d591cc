import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { PolicyRecord } from '@claimline/domain/policies';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importerFor, importPolicyFile } from '../src/policies/file-import.ts';
import { ImportFileError, importPolicies } from '../src/policies/import.ts';
import { type Importer, openImport, runImport } from '../src/policies/import-record.ts';
import { policiesCsv } from '../src/policies/sample.ts';
import { idNumberOf, localMidnight } from '../src/seed/demo-policies.ts';
import { adminQuery, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let headOffice: Importer;
let bjAdmin: Importer;
beforeAll(async () => {
  sys = await testSystem({ settings: { importMaxBytes: 200_000 } });
  headOffice = await importerFor(sys.deps);
  bjAdmin = await importerFor(sys.deps, 'branchadmin.bj');
});
afterAll(() => sys.close());

const policy = (n: number, over: Partial<PolicyRecord> = {}): PolicyRecord => ({
  policyNo: `PIMP${String(n).padStart(8, '0')}`,
  branchCode: 'BJ',
  product: '机动车商业保险',
  line: 'nonLife',
  coveredPerils: ['collision', 'fire', 'theft'],
  periodStart: localMidnight(2026, 1, 1),
  periodEnd: localMidnight(2027, 1, 1),
  sumInsuredFen: 300_000_00 + n,
  deductibleFen: 500_00,
  deductibleRateBp: 0,
  payoutRatioBp: 10_000,
  policyholderName: '孙悟空',
  insuredName: '孙悟空',
  insuredIdNumber: idNumberOf('110105', '19800101', n % 1000),
  insuredPhone: '13811112222',
  beneficiaries: [],
  plate: '京N8A8B8',
  ...over,
});

const xlsxOf = async (rows: PolicyRecord[]) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('policies');
  for (const line of policiesCsv(rows).trimEnd().split('\n')) ws.addRow(line.split(','));
  return wb;
};

const csvInput = (text: string) => Readable.from([Buffer.from(text)]);
const run = async (
  who: Importer,
  text: string,
  extra: { batchSize?: number; format?: 'csv' | 'xlsx' } = {},
) => {
  const id = await openImport(sys.deps, who, { fileName: 'policies.csv', format: extra.format ?? 'csv' });
  const progress: number[] = [];
  const outcome = await runImport(sys.deps, id, who, {
    format: extra.format ?? 'csv',
    input: csvInput(text),
    sizeBytes: text.length,
    ...(extra.batchSize ? { batchSize: extra.batchSize } : {}),
    onProgress: (c) => {
      progress.push(c.processed);
    },
  });
  return { id, outcome, progress };
};

describe('policy import (service)', () => {
  it('imports good rows, reports the bad one by row and field, and seals personal data', async () => {
    const rows = [policy(1), policy(2), policy(3, { insuredIdNumber: '110105198001010010' }), policy(4)];
    const { id, outcome } = await run(headOffice, policiesCsv(rows));
    expect(outcome.status).toBe('done');
    expect(outcome.counts).toMatchObject({ processed: 4, inserted: 3, updated: 0, rejected: 1, warnings: 0 });
    expect(outcome.report).toEqual([
      expect.objectContaining({
        row: 4,
        policyNo: 'PIMP00000003',
        field: 'insuredIdNumber',
        severity: 'error',
      }),
    ]);
    const stored = await sys.db
      .selectFrom('policies')
      .selectAll()
      .where('policy_no', 'like', 'PIMP%')
      .execute();
    expect(stored.map((p) => p.policy_no).sort()).toEqual(['PIMP00000001', 'PIMP00000002', 'PIMP00000004']);
    expect(stored.every((p) => p.source === 'import' && p.insured_name_masked === '孙**')).toBe(true);
    const dump = String(
      (await adminQuery("SELECT string_agg(t::text, '|') AS all FROM policies t", sys.dbName)).rows[0].all,
    );
    for (const secret of ['孙悟空', '13811112222', '京N8A8B8', idNumberOf('110105', '19800101', 1)])
      expect(dump).not.toContain(secret);
    const row = await sys.db
      .selectFrom('policy_imports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', processed_rows: 4, inserted: 3, rejected: 1, total_rows: 4 });
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'result', 'details'])
      .where('object_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.result])).toEqual([
      ['policy.import.start', 'success'],
      ['policy.import', 'success'],
    ]);
    expect(audit[1]?.details).toMatchObject({ inserted: 3, rejected: 1 });
  });

  it('imports the sample file of the README without a single refusal', async () => {
    const sample = await readFile(
      path.resolve(import.meta.dirname, '../../../docs/samples/policies-sample.csv'),
      'utf8',
    );
    const { outcome } = await run(headOffice, sample);
    expect(outcome.counts).toMatchObject({ processed: 4, inserted: 4, rejected: 0, warnings: 0 });
    const life = await sys.db
      .selectFrom('policies')
      .select(['line', 'covered_perils', 'beneficiaries_masked', 'period_end'])
      .where('policy_no', '=', 'PSH2026800003')
      .executeTakeFirstOrThrow();
    expect(life).toEqual({
      line: 'life',
      covered_perils: ['death', 'accidentalDeath', 'disability'],
      beneficiaries_masked: [
        { name: '周*', relation: 'spouse', sharePercent: 60 },
        { name: '周**', relation: 'child', sharePercent: 40 },
      ],
      period_end: localMidnight(2096, 6, 1),
    });
  });

  it('upserts by policy number: a second import updates, and the last of repeated rows wins', async () => {
    const text = policiesCsv([
      policy(1, { sumInsuredFen: 1_00, deductibleFen: 0 }),
      policy(5),
      policy(1, { sumInsuredFen: 2_00, deductibleFen: 0 }),
    ]);
    const { outcome } = await run(headOffice, text);
    expect(outcome.counts).toMatchObject({ processed: 3, inserted: 1, updated: 1, rejected: 0, warnings: 1 });
    expect(outcome.report).toEqual([
      expect.objectContaining({
        row: 2,
        policyNo: 'PIMP00000001',
        code: 'DUPLICATE_POLICY_NO',
        severity: 'warning',
      }),
    ]);
    const p1 = await sys.db
      .selectFrom('policies')
      .select(['sum_insured_fen', 'version'])
      .where('policy_no', '=', 'PIMP00000001')
      .executeTakeFirstOrThrow();
    expect([Number(p1.sum_insured_fen), p1.version]).toEqual([200, 2]);
  });

  it('counts repeats across batches once and reports progress after every batch', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => policy(100 + (i % 7)));
    const { outcome, progress } = await run(headOffice, policiesCsv(rows), { batchSize: 3 });
    expect(outcome.counts).toMatchObject({ processed: 10, inserted: 7, updated: 0, warnings: 3 });
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('rejects rows for branches outside the importer’s subtree', async () => {
    const { outcome } = await run(
      bjAdmin,
      policiesCsv([policy(20, { branchCode: 'SH' }), policy(21, { branchCode: 'BJ01' })]),
    );
    expect(outcome.counts).toMatchObject({ inserted: 1, rejected: 1 });
    expect(outcome.report[0]).toMatchObject({ row: 2, field: 'branchCode', code: 'BRANCH_OUT_OF_SCOPE' });
  });

  it('reads GB18030 CSV (Excel on Chinese Windows) and UTF-8 with a BOM', async () => {
    const text = policiesCsv([
      policy(30, { product: '家庭财产保险', coveredPerils: ['fire', 'flood'], plate: null }),
    ]);
    const gb = await importPolicies(sys.deps, {
      format: 'csv',
      input: Readable.from([iconv.encode(text, 'gb18030')]),
      sizeBytes: 1,
      scope: headOffice.actor.scope,
    });
    expect(gb.counts).toMatchObject({ inserted: 1, rejected: 0 });
    const bom = await importPolicies(sys.deps, {
      format: 'csv',
      input: Readable.from([Buffer.from(`\ufeff${text.replace('家庭财产保险', '雇主责任险')}`)]),
      sizeBytes: 1,
      scope: headOffice.actor.scope,
    });
    expect(bom.counts).toMatchObject({ updated: 1, rejected: 0 });
    const p = await sys.db
      .selectFrom('policies')
      .select('product')
      .where('policy_no', '=', 'PIMP00000030')
      .executeTakeFirstOrThrow();
    expect(p.product).toBe('雇主责任险');
  });

  it('reads .xlsx: text, numbers and date cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('保单');
    ws.addRow([
      '保单号',
      '机构代码',
      '产品',
      '险类',
      '保险责任',
      '保险起期',
      '保险止期',
      '保险金额',
      '免赔额',
      '投保人',
      '被保险人',
      '被保险人证件号',
      '被保险人电话',
    ]);
    ws.addRow([
      'PXLSX0001',
      'SH',
      '意外伤害保险',
      '',
      '意外伤害、意外身故',
      new Date(Date.UTC(2026, 0, 1)),
      new Date(Date.UTC(2026, 11, 31)),
      500000.5,
      0,
      '周芷若',
      '周芷若',
      idNumberOf('310104', '19920202', 7),
      13912345678,
    ]);
    ws.addRow([]);
    ws.addRow([
      'PXLSX0002',
      'SH',
      '意外伤害保险',
      '',
      '陨石',
      '2026-01-01',
      '2026-12-31',
      1,
      0,
      '周芷若',
      '周芷若',
      idNumberOf('310104', '19920202', 7),
      '',
    ]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await importPolicies(sys.deps, {
      format: 'xlsx',
      input: Readable.from([buf]),
      sizeBytes: buf.length,
      scope: headOffice.actor.scope,
    });
    expect(r.counts).toMatchObject({ processed: 2, inserted: 1, rejected: 1 });
    expect(r.report).toEqual([
      expect.objectContaining({ row: 4, field: 'coveredPerils', code: 'PERIL_UNKNOWN' }),
    ]);
    const p = await sys.db
      .selectFrom('policies')
      .select(['period_start', 'period_end', 'sum_insured_fen', 'line', 'covered_perils'])
      .where('policy_no', '=', 'PXLSX0001')
      .executeTakeFirstOrThrow();
    expect(p).toEqual({
      period_start: localMidnight(2026, 1, 1),
      period_end: localMidnight(2027, 1, 1),
      sum_insured_fen: '50000050',
      line: 'nonLife',
      covered_perils: ['accidentalInjury', 'accidentalDeath'],
    });
  });

  it('fails a file without a required column before writing anything, and says which', async () => {
    const text = policiesCsv([policy(40)]).replace('保险起期', '备注');
    const { id, outcome } = await run(headOffice, text);
    expect(outcome.status).toBe('failed');
    expect(outcome.report).toEqual([
      expect.objectContaining({ row: 1, field: 'periodStart', code: 'COLUMN_MISSING' }),
    ]);
    const row = await sys.db
      .selectFrom('policy_imports')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(
      await sys.db.selectFrom('policies').select('id').where('policy_no', '=', 'PIMP00000040').execute(),
    ).toEqual([]);
    const broken = await run(headOffice, 'PK\u0003\u0004garbage', { format: 'xlsx' });
    expect(broken.outcome.report[0]?.code).toBe('FILE_UNREADABLE');
  });

  it('ends every damaged or random file as done or failed, never with anything else (property)', async () => {
    const good = Buffer.from(await (await xlsxOf([policy(90), policy(91)])).xlsx.writeBuffer());
    const csv = Buffer.from(policiesCsv([policy(92), policy(93)]));
    const file = fc.oneof(
      fc.record({ format: fc.constant('xlsx' as const), cut: fc.nat(good.length - 1) }).map((f) => ({
        format: f.format,
        bytes: good.subarray(0, f.cut),
      })),
      fc.uint8Array({ maxLength: 2_000 }).map((b) => ({
        format: 'xlsx' as const,
        bytes: Buffer.concat([Buffer.from('PK\u0003\u0004'), b]),
      })),
      fc
        .record({ format: fc.constant('csv' as const), cut: fc.nat(csv.length - 1), junk: fc.string() })
        .map((f) => ({
          format: f.format,
          bytes: Buffer.concat([csv.subarray(0, f.cut), Buffer.from(f.junk)]),
        })),
      fc.uint8Array({ maxLength: 2_000 }).map((b) => ({ format: 'csv' as const, bytes: Buffer.from(b) })),
    );
    await fc.assert(
      fc.asyncProperty(file, async ({ format, bytes }) => {
        try {
          const r = await importPolicies(sys.deps, {
            format,
            input: Readable.from([bytes]),
            sizeBytes: bytes.length,
            scope: headOffice.actor.scope,
          });
          expect(r.counts.processed).toBeGreaterThanOrEqual(0);
        } catch (err) {
          expect(err).toBeInstanceOf(ImportFileError);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stores the rest of a batch when the database refuses one row, and reports that row', async () => {
    await adminQuery(
      `CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN IF NEW.policy_no = 'PIMP00000052' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
       CREATE TRIGGER refuse_one BEFORE INSERT ON policies FOR EACH ROW EXECUTE FUNCTION refuse_one();`,
      sys.dbName,
    );
    try {
      const { outcome } = await run(headOffice, policiesCsv([policy(51), policy(52), policy(53)]));
      expect(outcome.counts).toMatchObject({ inserted: 2, rejected: 1 });
      expect(outcome.report).toEqual([expect.objectContaining({ row: 3, code: 'ROW_NOT_STORED' })]);
    } finally {
      await adminQuery('DROP TRIGGER refuse_one ON policies; DROP FUNCTION refuse_one();', sys.dbName);
    }
  });
});

describe('policy import from a file (the CLI path)', () => {
  it('streams the file, counts rows for the progress bar and writes the report next to it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'policies-'));
    try {
      const file = path.join(dir, 'policies.csv');
      await writeFile(file, policiesCsv([policy(70), policy(71, { insuredPhone: '12' }), policy(72)]));
      const starts: number[] = [];
      const r = await importPolicyFile(sys.deps, { file, onStart: (n) => starts.push(n) });
      expect(starts).toEqual([3]);
      expect(r).toMatchObject({ status: 'done', reportFile: `${file}.report.csv` });
      expect(r.counts).toMatchObject({ inserted: 2, rejected: 1 });
      const report = await readFile(`${file}.report.csv`, 'utf8');
      expect(report).toContain('3,PIMP00000071,被保险人电话,错误,PHONE_FORMAT');
      await expect(importPolicyFile(sys.deps, { file, username: 'agent.bj' })).rejects.toThrow(
        'userNotAllowed',
      );
      await expect(importPolicyFile(sys.deps, { file, username: 'nobody' })).rejects.toThrow('userUnknown');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// ---- HTTP ----

const upload = (cookie: string, name: string, content: string | Buffer, query = '') => {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  return sys.app.inject({
    method: 'POST',
    url: `/api/policy-imports${query}`,
    headers: { cookie },
    payload: form,
  });
};

const waitDone = async (cookie: string, id: string) => {
  for (let i = 0; i < 200; i++) {
    const res = await sys.app.inject({ url: `/api/policy-imports/${id}`, headers: { cookie } });
    if (res.json().status !== 'running') return res.json();
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('import did not finish');
};

describe('policy import (HTTP)', () => {
  it('uploads, runs in the background, reports progress and the bad row, and serves the report CSV', async () => {
    const admin = await sys.login('branchadmin.bj');
    // The clock is frozen: move it on so that this import is the latest in the list.
    sys.clock.advance(60_000);
    const text = policiesCsv(
      [policy(60), policy(61, { branchCode: '' }), policy(62, { branchCode: 'SH' })],
      'en',
    );
    const res = await upload(admin, 'C:\\导出\\batch.csv', text, '?branchDefault=BJ01');
    expect(res.statusCode).toBe(202);
    const done = await waitDone(admin, res.json().id);
    expect(done).toMatchObject({
      status: 'done',
      processedRows: 3,
      inserted: 2,
      rejected: 1,
      fileName: 'batch.csv',
    });
    expect(done.report).toEqual([
      expect.objectContaining({
        row: 4,
        field: 'branchCode',
        code: 'BRANCH_OUT_OF_SCOPE',
        zh: expect.stringContaining('SH'),
      }),
    ]);
    const list = (await sys.app.inject({ url: '/api/policy-imports', headers: { cookie: admin } })).json();
    expect(list.items[0]).toMatchObject({ id: done.id, status: 'done' });
    const csv = await sys.app.inject({
      url: `/api/policy-imports/${done.id}/report.csv?lang=en`,
      headers: { cookie: admin },
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n').slice(0, 2)).toEqual([
      '\ufeffrow,policyNo,field,severity,code,reason',
      `4,PIMP00000062,branchCode,error,BRANCH_OUT_OF_SCOPE,branch SH is outside your branch subtree`,
    ]);
    // Another branch's administrator does not see this import; an agent may not import at all.
    const sh = await sys.login('branchadmin.sh');
    expect(
      (await sys.app.inject({ url: `/api/policy-imports/${done.id}`, headers: { cookie: sh } })).json().error
        .code,
    ).toBe('POLICY_IMPORT_NOT_FOUND');
    const agent = await sys.login('agent.bj');
    expect((await upload(agent, 'x.csv', text)).statusCode).toBe(403);
    const ho = await sys.login('headoffice.ho');
    const hoList = (await sys.app.inject({ url: '/api/policy-imports', headers: { cookie: ho } })).json();
    expect(hoList.items.map((i: { id: string }) => i.id)).toContain(done.id);
  });

  it('refuses wrong types, empty and oversized files, and non-multipart requests with stable codes', async () => {
    const admin = await sys.login('branchadmin.bj');
    const code = async (p: Promise<{ statusCode: number; json(): { error: { code: string } } }>) => {
      const r = await p;
      return [r.statusCode, r.json().error.code];
    };
    expect(await code(upload(admin, 'policies.txt', 'a,b'))).toEqual([415, 'POLICY_IMPORT_FILE_TYPE']);
    expect(await code(upload(admin, 'policies.xlsx', 'policyNo,branchCode'))).toEqual([
      415,
      'POLICY_IMPORT_FILE_TYPE',
    ]);
    expect(await code(upload(admin, 'policies.csv', ''))).toEqual([400, 'POLICY_IMPORT_NO_FILE']);
    expect(await code(upload(admin, 'policies.csv', 'x'.repeat(200_001)))).toEqual([
      413,
      'POLICY_IMPORT_TOO_LARGE',
    ]);
    expect(
      await code(
        sys.app.inject({
          method: 'POST',
          url: '/api/policy-imports',
          headers: { cookie: admin },
          payload: { file: 'x' },
        }),
      ),
    ).toEqual([400, 'POLICY_IMPORT_NO_FILE']);
  });
});
