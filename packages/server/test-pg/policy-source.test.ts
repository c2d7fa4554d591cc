import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/errors.ts';
import { corePolicySource } from '../src/policies/core-source.ts';
import { createPolicySource } from '../src/policies/factory.ts';
import { localPolicySource } from '../src/policies/local-source.ts';
import type { PolicySource } from '../src/policies/source.ts';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let scopeAll: string[];
let scopeSh: string[];
beforeAll(async () => {
  sys = await testSystem();
  const branches = await sys.db.selectFrom('branches').select(['id', 'code']).execute();
  scopeAll = branches.map((b) => b.id);
  scopeSh = branches.filter((b) => b.code.startsWith('SH')).map((b) => b.id);
});
afterAll(async () => {
  await sys.close();
  await new Promise((r) => core?.close(r));
});

describe('local policy source', () => {
  it('finds the named demo policies however the agent types the value, within the scope only', async () => {
    const local = localPolicySource(sys.deps);
    const find = (by: 'policyNo' | 'insuredName' | 'idNumber' | 'plate', value: string, scope = scopeAll) =>
      local.find(sys.db, { by, value }, scope).then((rows) => rows.map((r) => r.policy_no).sort());
    expect(await find('policyNo', ' pbj2026000001 ')).toEqual(['PBJ2026000001']);
    expect(await find('plate', '京a·12345')).toEqual(['PBJ2026000001']);
    expect(await find('insuredName', ' 王 芳 ')).toEqual(['PBJ2026000002', 'PBJ2026000003']);
    expect(await find('idNumber', idNumberOf('110105', '19850315', 12).toLowerCase())).toEqual([
      'PBJ2026000001',
    ]);
    expect(await find('plate', '京A12345', scopeSh)).toEqual([]);
    expect(await find('policyNo', 'x')).toEqual([]);
    expect(await find('insuredName', '   ')).toEqual([]);
  });
});

// ---- a fake core system over loopback ----

type Handler = (body: { by: string; value: string }, req: IncomingMessage, res: ServerResponse) => void;
let core: Server | undefined;
let handler: Handler = (_b, _q, res) => res.writeHead(404).end();
const seen: { auth: string | undefined; body: unknown; url: string | undefined }[] = [];

const startCore = async () => {
  core = createServer((req, res) => {
    let text = '';
    req.on('data', (c) => {
      text += c;
    });
    req.on('end', () => {
      const body = JSON.parse(text || '{}');
      seen.push({ auth: req.headers.authorization, body, url: req.url });
      handler(body, req, res);
    });
  });
  await new Promise<void>((r) => core?.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(core.address() as AddressInfo).port}/core/v1`;
};

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

const corePolicy = (over: Record<string, unknown> = {}) => ({
  policyNo: 'PCORE0000001',
  branchCode: 'SH01',
  product: '家庭财产保险',
  line: 'nonLife',
  coveredPerils: ['fire', 'flood'],
  periodStart: '2026-03-01',
  periodEnd: '2027-02-28',
  sumInsured: 800000,
  deductible: '1000.00',
  policyholderName: '钱多多',
  insuredName: '钱多多',
  insuredIdNumber: idNumberOf('310115', '19751111', 3),
  insuredPhone: '021-61234567',
  beneficiaries: [],
  ...over,
});

describe('core-system policy source', () => {
  let source: PolicySource;
  beforeAll(async () => {
    const url = await startCore();
    source = corePolicySource(sys.deps, { baseUrl: url, token: 's3cret', timeoutMs: 300 });
  });

  it('asks the core system with the token, keeps the value out of the URL, and writes the answer through', async () => {
    handler = (_body, _req, res) =>
      json(res, 200, {
        policies: [
          corePolicy(),
          // Not a policy the center could import (unknown peril): skipped, the good one still answers.
          corePolicy({ policyNo: 'PCORE0000002', coveredPerils: ['meteor'] }),
          'junk',
        ],
      });
    const rows = await source.find(sys.db, { by: 'insuredName', value: '钱多多' }, scopeAll);
    expect(
      rows.map((r) => [r.policy_no, r.branch_code, r.insured_name_masked, Number(r.deductible_fen)]),
    ).toEqual([['PCORE0000001', 'SH01', '钱**', 1000_00]]);
    expect(seen.at(-1)).toEqual({
      auth: 'Bearer s3cret',
      body: { by: 'insuredName', value: '钱多多' },
      url: '/core/v1/policies/search',
    });
    const stored = await sys.db
      .selectFrom('policies')
      .select(['source', 'period_end'])
      .where('policy_no', 'in', ['PCORE0000001', 'PCORE0000002'])
      .execute();
    expect(stored).toEqual([{ source: 'core', period_end: new Date('2027-02-28T16:00:00Z') }]);
  });

  it('answers only within the caller’s scope, even though it stores what the core system says', async () => {
    handler = (_b, _q, res) =>
      json(res, 200, { policies: [corePolicy({ policyNo: 'PCORE0000003', branchCode: 'BJ' })] });
    expect(await source.find(sys.db, { by: 'policyNo', value: 'PCORE0000003' }, scopeSh)).toEqual([]);
    const stored = await sys.db
      .selectFrom('policies')
      .select('source')
      .where('policy_no', '=', 'PCORE0000003')
      .execute();
    expect(stored).toEqual([{ source: 'core' }]);
  });

  it('treats 404 as no policy, and anything else that fails as POLICY_SOURCE_UNAVAILABLE', async () => {
    handler = (_b, _q, res) => res.writeHead(404).end();
    expect(await source.find(sys.db, { by: 'plate', value: '沪A00001' }, scopeAll)).toEqual([]);
    const reasonOf = async () => {
      try {
        await source.find(sys.db, { by: 'policyNo', value: 'PCORE0000001' }, scopeAll);
        return 'answered';
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe('POLICY_SOURCE_UNAVAILABLE');
        return ((err as AppError).details as { reason: string }).reason;
      }
    };
    handler = (_b, _q, res) => json(res, 500, { error: 'down' });
    expect(await reasonOf()).toBe('status');
    handler = (_b, _q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{not json');
    expect(await reasonOf()).toBe('response');
    handler = (_b, _q, res) => json(res, 200, { items: [] });
    expect(await reasonOf()).toBe('response');
    // Slower than the 300 ms timeout: the agent hears at once that the core system is not answering.
    handler = (_b, _q, res) => setTimeout(() => json(res, 200, { policies: [] }), 1_000);
    const started = Date.now();
    expect(await reasonOf()).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(900);
    const closed = corePolicySource(sys.deps, {
      baseUrl: 'http://127.0.0.1:9/',
      token: undefined,
      timeoutMs: 300,
    });
    await expect(
      closed.find(sys.db, { by: 'policyNo', value: 'PCORE0000001' }, scopeAll),
    ).rejects.toMatchObject({
      code: 'POLICY_SOURCE_UNAVAILABLE',
      details: { reason: 'network' },
    });
  });

  it('is chosen by CLAIMLINE_POLICY_SOURCE', () => {
    expect(createPolicySource(sys.deps).name).toBe('local');
    const settings = { ...sys.deps.settings, policySource: 'core' as const, coreUrl: 'http://127.0.0.1:1/' };
    expect(createPolicySource({ ...sys.deps, settings }).name).toBe('core');
    expect(() => createPolicySource({ ...sys.deps, settings: { ...settings, coreUrl: undefined } })).toThrow(
      'CLAIMLINE_CORE_URL',
    );
  });
});
