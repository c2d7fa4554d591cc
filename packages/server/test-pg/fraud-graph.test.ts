import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeFreeKey } from '../src/fraud-graph/links.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/*
 * Issue 22 part 2: a ring planted through the claims services (four reports on four insured people, one reporter
 * phone, one address, one small hospital) is flagged at intake from blind indexes only, is seen in scope only, and
 * every look and reveal is audited.
 */

let sys: TestSystem;
let agent: string;
let supervisor: string;
let handlerSh: string;
let headOffice: string;
const RING_PHONE = '13700001111';
const RING_ADDRESS = '北京市海淀区学院路 99 号 3 单元 502';
const RING_HOSPITAL = '北京市海淀区某某骨科诊所';
const y = 2026; // the test system's clock: 2026-11-22
const POLICIES = [`PBJ${y}000001`, `PBJ${y}000002`, `PBJ${y}000003`, `PBJ${y}000004`];

beforeAll(async () => {
  sys = await testSystem();
  agent = await sys.login('agent.bj');
  supervisor = await sys.login('supervisor.bj');
  handlerSh = await sys.login('claimshandler.sh');
  headOffice = await sys.login('headoffice.ho');
});
afterAll(() => sys.close());

const post = (url: string, cookie: string, payload: unknown, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });

/** One claim report through the look-up and registration routes, as the intake desk makes it. */
const reportOn = async (policyNo: string, i: number) => {
  const l = await post('/api/claim-reports/lookups', agent, { by: 'policyNo', value: policyNo });
  expect(l.statusCode, l.body).toBe(200);
  const { lookupId, policies } = l.json();
  const res = await post(
    '/api/claim-reports',
    agent,
    {
      lookupId,
      policyId: policies[0].id,
      channel: 'phone',
      occurredAt: new Date(sys.deps.clock.now().getTime() - (3 + i) * 86_400_000).toISOString(),
      place: '北京市海淀区学院路',
      cause: i === 0 ? 'collision' : 'accidentalInjury',
      course: '摔伤，就近就医。',
      injuryDegree: 'minor',
      injured: 1,
      measures: '已就医',
      currentState: '门诊治疗中',
      hospital: RING_HOSPITAL,
      reporterName: '周某',
      reporterPhone: RING_PHONE,
      reporterAddress: RING_ADDRESS,
      reporterRelation: 'other',
    },
    { 'idempotency-key': randomBytes(8).toString('hex') },
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

let claims: string[] = [];
let ringId = '';

describe('a planted ring', () => {
  it('is flagged at intake once three people share three kinds of thing, and versioned as it grows', async () => {
    claims = [];
    for (const [i, p] of POLICIES.slice(0, 2).entries()) claims.push(await reportOn(p, i));
    expect((await get('/api/fraud-graph/rings', supervisor)).json().items).toEqual([]);
    claims.push(await reportOn(POLICIES[2] as string, 2));
    const three = (await get('/api/fraud-graph/rings', supervisor)).json().items;
    expect(three).toHaveLength(1);
    expect(three[0]).toMatchObject({ claims: 3, people: 3, version: 1, current: true, builtFor: 'intake' });
    expect(three[0].linkKinds).toEqual(expect.arrayContaining(['phone', 'address', 'hospital']));
    claims.push(await reportOn(POLICIES[3] as string, 3));
    const four = (await get('/api/fraud-graph/rings', supervisor)).json().items;
    expect(four).toHaveLength(1);
    expect(four[0]).toMatchObject({ claims: 4, people: 4, version: 2, density: 1, reasons: ['dense'] });
    ringId = four[0].id;
    const versions = await sql<{ version: number; active: boolean }>`SELECT version, active FROM fraud_rings
      ORDER BY version`.execute(sys.db);
    expect(versions.rows).toEqual([
      { version: 1, active: true },
      { version: 2, active: true },
    ]);
    const flags = await sql<{
      n: string;
    }>`SELECT count(*)::text AS n FROM audit_log WHERE action = 'fraudRing.flag'`.execute(sys.db);
    expect(flags.rows[0]?.n).toBe('2');
  });

  it('is built from keyed hashes only: no phone, address or ID number in plaintext', async () => {
    const links = await sql<{
      kind: string;
      key: string;
      label_masked: string;
    }>`SELECT kind, key, label_masked
      FROM claim_links WHERE claim_id = ANY(${claims}::uuid[])`.execute(sys.db);
    const text = JSON.stringify(links.rows);
    expect(text).not.toContain(RING_PHONE);
    expect(text).not.toContain('学院路99号');
    expect(text).not.toContain('502');
    const phone = links.rows.find((l) => l.kind === 'phone' && l.label_masked === '137****1111');
    expect(phone?.key).toBe(sys.deps.crypto.blindIndex('phone', RING_PHONE));
    const address = links.rows.find((l) => l.kind === 'address');
    expect(address?.key).toBe(sys.deps.crypto.blindIndex('address', normalizeFreeKey(RING_ADDRESS)));
    expect(links.rows.filter((l) => l.kind === 'person')).toHaveLength(4);
  });

  it('draws with masked labels, opens claims in scope, and audits every look', async () => {
    const res = await get(`/api/fraud-graph/rings/${ringId}`, supervisor);
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json();
    expect(
      g.nodes
        .filter((n: { type: string }) => n.type === 'claim')
        .map((n: { caseId: string }) => n.caseId)
        .sort(),
    ).toEqual([...claims].sort());
    const phone = g.nodes.find((n: { kind?: string }) => n.kind === 'phone');
    expect(phone).toMatchObject({ label: '137****1111', claims: 4 });
    expect(res.body).not.toContain(RING_PHONE);
    expect(res.body).not.toContain(sys.deps.crypto.blindIndex('phone', RING_PHONE));
    expect(g.edges.filter((e: { target: string }) => e.target === phone.id)).toHaveLength(4);
    const seen = await sql<{
      actor_name: string;
      details: { claims: number };
    }>`SELECT actor_name, details FROM audit_log
      WHERE action = 'fraudRing.view' AND object_id = ${ringId}`.execute(sys.db);
    expect(seen.rows).toHaveLength(1);
    expect(seen.rows[0]?.details.claims).toBe(4);

    const reveal = await post(`/api/fraud-graph/rings/${ringId}/reveal`, supervisor, {
      node: phone.id,
      reason: '核实团伙联系人',
    });
    expect(reveal.statusCode, reveal.body).toBe(200);
    expect(reveal.json().value.replace(/\s/g, '')).toBe(RING_PHONE);
    const revealed = await sql<{ details: { reason: string } }>`SELECT details FROM audit_log
      WHERE action = 'personal.reveal' AND object_type = 'fraudRing'`.execute(sys.db);
    expect(revealed.rows[0]?.details.reason).toBe('核实团伙联系人');
    const hospital = g.nodes.find((n: { kind?: string }) => n.kind === 'hospital');
    expect(
      (
        await post(`/api/fraud-graph/rings/${ringId}/reveal`, supervisor, {
          node: hospital.id,
          reason: '核实',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('is not seen from another branch, nor by an agent', async () => {
    expect((await get('/api/fraud-graph/rings', handlerSh)).json().items).toEqual([]);
    expect((await get(`/api/fraud-graph/rings/${ringId}`, handlerSh)).statusCode).toBe(404);
    expect((await get('/api/fraud-graph/rings', agent)).statusCode).toBe(403);
    expect((await get('/api/fraud-graph/rings', headOffice)).json().items).toHaveLength(1);
  });

  it('a full rebuild finds the same ring and writes nothing new; the records are append-only', async () => {
    const res = await post('/api/fraud-graph/rebuild', headOffice, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ flagged: 1, changed: 0, retired: 0 });
    expect((await post('/api/fraud-graph/rebuild', supervisor, {})).statusCode).toBe(403);
    await expect(sql`UPDATE fraud_rings SET claims = 0`.execute(sys.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM fraud_ring_members`.execute(sys.db)).rejects.toThrow(/append-only/);
  });
});
