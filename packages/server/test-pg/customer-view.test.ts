import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { complaintBody } from './complaints-support.ts';
import { adminQuery, consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

/**
 * The customer view (issue 15 part 1): one person's cases, calls, complaints and claims, matched by the keyed
 * hashes of phone and ID number, within the reader's branch scope, masked, every opening audited and a reveal
 * audited like any other.
 */
let sys: TestSystem;
let agent: string;
let pbx: string;
const PHONE = '13766660001';
const ID = idNumberOf('110105', '19850315', 12); // the insured of PBJ2026000001 in the demo policies
const ids: Record<string, string> = {};

const post = (url: string, cookie: string, payload: object, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
type View = {
  matchedBy: string[];
  person: { nameMasked: string | null; phoneMasked: string | null; revealCaseId: string | null };
  groups: { group: string; items: { id: string; number: string | null; nameMasked: string | null }[] }[];
  total: number;
};
const idsOf = (v: View, group: string) =>
  v.groups.find((g) => g.group === group)?.items.map((i) => i.id) ?? [];

beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  agent = await sys.login('agent.bj');
  pbx = await sys.login('branchadmin.bj');
  ids.case = (
    await createCase(sys, agent, consultation({ customerName: '周小云', customerPhone: PHONE }))
  ).json().id;
  ids.complaint = (
    await post('/api/complaints', agent, complaintBody({ customerName: '周小云', customerPhone: PHONE }), {
      'idempotency-key': randomBytes(8).toString('hex'),
    })
  ).json().id;
  ids.other = (await createCase(sys, agent, consultation({ customerPhone: '13766660002' }))).json().id;
  const sh = await sys.login('agent.sh');
  ids.sh = (await createCase(sys, sh, consultation({ customerPhone: PHONE }))).json().id;
  ids.call = (
    await post('/api/cti/events', pbx, {
      callId: 'CV-1',
      event: 'ringing',
      at: new Date().toISOString(),
      callerNumber: PHONE,
      branchCode: 'BJ',
    })
  ).json().id;
  // A claim application by ID number with another phone: found by the ID, and its phone's calls with it.
  const handler = await sys.login('claimshandler.bj');
  const policy = (await get('/api/claim-applications/policy?policyNo=PBJ2026000001', handler)).json();
  ids.application = (
    await post(
      '/api/claim-applications',
      handler,
      {
        policyId: policy.id,
        claimType: 'motorDamage',
        relation: 'insured',
        applicantName: '李明',
        applicantIdNumber: ID,
        applicantPhone: '13766660003',
      },
      { 'idempotency-key': randomBytes(8).toString('hex') },
    )
  ).json().id;
  ids.call2 = (
    await post('/api/cti/events', pbx, {
      callId: 'CV-2',
      event: 'ringing',
      at: new Date().toISOString(),
      callerNumber: '13766660003',
      branchCode: 'BJ',
    })
  ).json().id;
});
afterAll(() => sys.close());

describe('customer view', () => {
  it('from a case: the same phone’s case, complaint and call in the branch scope, masked', async () => {
    const res = await get(`/api/cases/${ids.case}/customer-view`, agent);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as View;
    expect(v.matchedBy).toEqual(['phone']);
    expect(idsOf(v, 'call')).toEqual([ids.call]);
    expect(idsOf(v, 'complaint')).toEqual([ids.complaint]);
    expect(idsOf(v, 'case')).toEqual([ids.case]);
    // Shanghai's case of the same phone is outside the Beijing agent's scope; another phone is another person.
    expect(res.body).not.toContain(ids.sh);
    expect(res.body).not.toContain(ids.other);
    expect(v.person.nameMasked).toBe('周**');
    expect(res.body).not.toContain(PHONE);
    expect(res.body).not.toContain('周小云');
  });

  it('from a call and by search (phone in the body), the same records', async () => {
    const fromCall = (await get(`/api/calls/${ids.call}/customer-view`, agent)).json() as View;
    expect(idsOf(fromCall, 'complaint')).toEqual([ids.complaint]);
    const found = (
      await post('/api/customer-view/search', agent, { phone: `${PHONE.slice(0, 3)}-${PHONE.slice(3)}` })
    ).json() as View;
    expect(found.total).toBe(3);
    const none = (await post('/api/customer-view/search', agent, { phone: '13700000000' })).json() as View;
    expect(none).toMatchObject({ total: 0, groups: [] });
    const empty = await post('/api/customer-view/search', agent, {});
    expect(empty.statusCode).toBe(400);
  });

  it('by ID number: the claim application and the calls from the phone given with it', async () => {
    const handler = await sys.login('claimshandler.bj');
    const v = (
      await post('/api/customer-view/search', handler, { idNumber: ID.toLowerCase() })
    ).json() as View;
    expect(v.matchedBy).toEqual(['idNumber']);
    expect(idsOf(v, 'claimApplication')).toContain(ids.application);
    expect(idsOf(v, 'call')).toEqual([ids.call2]);
    expect(JSON.stringify(v)).not.toContain(ID);
  });

  it('refuses another branch’s case or call as the anchor (404, nothing said)', async () => {
    const sh = await sys.login('agent.sh');
    expect((await get(`/api/cases/${ids.case}/customer-view`, sh)).statusCode).toBe(404);
    expect((await get(`/api/calls/${ids.call}/customer-view`, sh)).statusCode).toBe(404);
    const own = (await get(`/api/cases/${ids.sh}/customer-view`, sh)).json() as View;
    expect(idsOf(own, 'case')).toEqual([ids.sh]);
  });

  it('audits every opening (counts only) and a reveal like any other', async () => {
    const rows = await adminQuery(
      `SELECT object_type, details FROM audit_log WHERE action = 'customerView.read' ORDER BY id`,
      sys.dbName,
    );
    expect(rows.rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.rows[0]).toMatchObject({
      object_type: 'case',
      details: { matchedBy: ['phone'], cases: 2, calls: 1 },
    });
    expect(JSON.stringify(rows.rows)).not.toContain(PHONE);
    const v = (await get(`/api/cases/${ids.case}/customer-view`, agent)).json() as View;
    const reveal = await post(`/api/cases/${v.person.revealCaseId}/reveal`, agent, {
      field: 'customerPhone',
      reason: '客户来电核实身份',
    });
    expect(reveal.json()).toEqual({ field: 'customerPhone', value: PHONE });
    const audit = await adminQuery(
      `SELECT details FROM audit_log WHERE action = 'personal.reveal' AND object_id = '${v.person.revealCaseId}'`,
      sys.dbName,
    );
    expect(audit.rows[0].details).toMatchObject({ field: 'customerPhone', reason: '客户来电核实身份' });
  });
});
