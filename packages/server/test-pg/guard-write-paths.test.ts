import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { type Detail, tools } from './complaints-support.ts';
import { adminQuery, type TestSystem, testSystem } from './helpers.ts';

/**
 * Issue 15 part 3: every customer-visible text the server stores is checked by checkCustomerText, not only case
 * notes and replies: complaint feedback, the complaint decision (decision, findings, basis, remedy: its letter),
 * what the complainant was told (inform), and the reasons of a claim decision (its letter). A variant of a
 * listed phrase (这不归我管) is refused like the phrase; an override reason lets it through, stored and audited.
 */
let sys: TestSystem;
let t: ReturnType<typeof tools>;
beforeAll(async () => {
  sys = await testSystem();
  t = tools(sys);
});
afterAll(() => sys.close());

const ok = async (res: { statusCode: number; body: string; json(): unknown }) => {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as Detail;
};
const refused = (res: { statusCode: number; json(): { error: { code: string; details: unknown[] } } }) => {
  expect(res.statusCode).toBe(422);
  expect(res.json().error.code).toBe('FORBIDDEN_PHRASE');
  return res.json().error.details as { path: string; phraseId: string }[];
};
const overrides = async (caseId: string) =>
  (
    await adminQuery(
      `SELECT field, reason FROM guard_overrides WHERE case_id = '${caseId}' ORDER BY field`,
      sys.dbName,
    )
  ).rows;

describe('server guard on complaint texts', () => {
  it('checks feedback, the decision and what the complainant was told', async () => {
    const agent = await t.at('2026-11-24 09:00');
    let d = await ok(await t.intake(agent));
    const id = d.id;
    const lead = await t.at('2026-11-24 09:10', 'teamlead.bj');
    d = await ok(
      await t.event(lead, id, {
        event: 'classify',
        version: d.version,
        urgency: 'normal',
        complexity: 'simple',
      }),
    );
    d = await ok(
      await t.event(lead, id, {
        event: 'assign',
        version: d.version,
        assigneeId: await t.userId('agent.bj'),
      }),
    );
    const handler = await t.at('2026-11-24 09:20', 'agent.bj');
    d = await ok(await t.event(handler, id, { event: 'startInvestigation', version: d.version }));

    // Feedback: the variant is refused, nothing is written; with a reason it is stored and audited.
    const hits = refused(
      await t.feedback(handler, id, { channel: 'phone', note: '这不归我管，请联系理赔部' }),
    );
    expect(hits).toMatchObject([{ path: 'feedback', phraseId: 'not-my-business' }]);
    d = await ok(
      await t.feedback(handler, id, {
        channel: 'phone',
        note: '客户原话：这不归我管',
        overrideReason: '引用客户原话',
      }),
    );
    expect(await overrides(id)).toEqual([{ field: 'feedback', reason: '引用客户原话' }]);

    // Decision: every field is checked, all hits are answered together.
    const decide = {
      event: 'decide',
      version: d.version,
      decision: '我也没有办法，请您理解',
      findings: '属实',
      basis: '这事你找我们领导吧',
      note: '处理意见',
    };
    const all = refused(await t.event(handler, id, decide));
    expect(all.map((h) => [h.path, h.phraseId])).toEqual([
      ['decision', 'nothing-i-can-do'],
      ['basis', 'go-to-my-leader'],
    ]);
    // The decision letter is a customer letter: an internal reference is refused, naming the field.
    const internal = await t.event(handler, id, {
      ...decide,
      decision: '向客户致歉',
      basis: '见种子 003 §(二)',
    });
    expect(internal.statusCode).toBe(400);
    expect(internal.json().error.code).toBe('COMPLAINT_LETTER_INTERNAL_REFERENCE');
    expect(JSON.stringify(internal.json().error.details)).toContain('basis');
    d = await ok(
      await t.event(handler, id, { ...decide, decision: '向客户致歉', basis: '公司理赔服务规范' }),
    );
    const lead2 = await t.at('2026-11-24 10:00', 'teamlead.bj');
    d = await ok(await t.event(lead2, id, { event: 'approveDecision', version: d.version }));

    // Inform: the note is what the complainant heard.
    refused(
      await t.event(lead2, id, {
        event: 'inform',
        version: d.version,
        channel: 'phone',
        note: '你自己看着办吧',
      }),
    );
    d = await ok(
      await t.event(lead2, id, {
        event: 'inform',
        version: d.version,
        channel: 'phone',
        note: '已电话告知处理结果',
      }),
    );
    expect(d.complaint.state).not.toBe('decided');
    const audit = await adminQuery(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'script.override' AND object_id = '${id}'`,
      sys.dbName,
    );
    expect(audit.rows[0].n).toBe(1);
  });
});

describe('server guard on claim decision reasons', () => {
  it('refuses a reason with a forbidden phrase (it is printed in the letter) unless overridden', async () => {
    const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
    sys.clock.set(bj('2026-03-02 09:00'));
    const cookie = await sys.login('claimshandler.bj');
    const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
      sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });
    const policy = (
      await sys.app.inject({
        url: '/api/claim-applications/policy?policyNo=PBJ2026000001',
        headers: { cookie },
      })
    ).json();
    const app = (
      await post(
        '/api/claim-applications',
        {
          policyId: policy.id,
          claimType: 'motorDamage',
          relation: 'insured',
          applicantName: '李明',
          applicantIdNumber: idNumberOf('110105', '19850315', 12),
          applicantPhone: '13800138000',
        },
        { 'idempotency-key': randomBytes(8).toString('hex') },
      )
    ).json();
    const documents = app.application.documents.map((x: { id: string }) => ({
      id: x.id,
      received: true,
      form: 'original',
      verified: true,
      returned: false,
    }));
    const move = (body: Record<string, unknown>) => post(`/api/claim-applications/${app.id}/events`, body);
    for (const body of [
      { event: 'recordDocuments', documents },
      { event: 'markComplete' },
      { event: 'handOver', recipient: '保险公司理赔部' },
      { event: 'confirmReceipt', note: '签收' },
      { event: 'startInvestigation' },
      { event: 'recordAssessment', note: '定损完成', assessedAmountFen: 500_000 },
    ]) {
      const r = await move(body);
      expect(r.statusCode, r.body).toBe(200);
    }
    const decide = {
      event: 'decide',
      outcome: 'refuse',
      note: '拒赔',
      reasons: [
        { text: '这个不归我们部门管，你到法院去告', basis: { source: 'contract', clause: '第十条' } },
      ],
    };
    const hits = refused(await move(decide));
    expect(hits.map((h) => [h.path, h.phraseId])).toEqual([
      ['reasons.0', 'not-my-business'],
      ['reasons.0', 'sue-us'],
    ]);
    const r = await move({ ...decide, overrideReason: '复核后确认措辞' });
    expect(r.statusCode, r.body).toBe(200);
    expect(await overrides(app.id)).toEqual([{ field: 'reasons.0', reason: '复核后确认措辞' }]);
  });
});
