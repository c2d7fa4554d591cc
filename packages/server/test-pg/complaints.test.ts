import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bj, complaintBody, type Detail, tools } from './complaints-support.ts';
import { adminQuery, type TestSystem, testSystem } from './helpers.ts';

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

describe('intake', () => {
  it('registers a phone complaint: TS number, apology, promised reply clock, regulatory clock, masked complainant', async () => {
    const agent = await t.at('2026-11-23 09:30');
    const d = await ok(await t.intake(agent));
    expect(d.number).toBe('TSBJ202611230001');
    expect(d.complaint).toMatchObject({ state: 'received', apologyGiven: true, committedReplyHours: 24 });
    expect(d.deadlines.map((x) => [x.kind, x.dueAt]).sort()).toEqual([
      // 办法 2020: 15 days from 23 Nov → Tue 8 Dec, ends 24:00.
      ['complaintDecision', bj('2026-12-09 00:00')],
      // Promised on the phone: 24 hours.
      ['complaintReply', bj('2026-11-24 09:30')],
    ]);
    expect(JSON.stringify(d)).not.toContain('王小明');
    expect(JSON.stringify(d)).not.toContain('13900001111');
    const row = await adminQuery(
      `SELECT customer_name_enc, customer_phone_enc FROM cases WHERE id = '${d.id}'`,
      sys.dbName,
    );
    expect(JSON.stringify(row.rows)).not.toMatch(/王小明|13900001111/);
    expect(d.events.map((e) => e.type)).toEqual(['created']);
  });

  it('takes a complaint transferred by the regulator only with its reference', async () => {
    const agent = await t.at('2026-11-23 10:00');
    const missing = await t.intake(agent, complaintBody({ source: 'regulator', channel: 'letter' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('VALIDATION_FAILED');
    const d = await ok(
      await t.intake(
        agent,
        complaintBody({ source: 'regulator', channel: 'letter', regulatorRef: 'BJYJ-2026-0042' }),
      ),
    );
    expect(d.complaint).toMatchObject({ source: 'regulator', regulatorRef: 'BJYJ-2026-0042' });
  });

  it('a complaint made through the general case form gets its complaint record too', async () => {
    const agent = await t.at('2026-11-23 10:10');
    const res = await sys.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: agent, 'idempotency-key': 'general-complaint-1' },
      payload: { kind: 'complaint', channel: 'online', subject: '网上投诉', description: '对续保服务不满' },
    });
    expect(res.statusCode).toBe(201);
    const d = await ok(await t.get(agent, `/api/complaints/${res.json().id}`));
    expect(d.complaint.state).toBe('received');
    expect(d.availableComplaintEvents).toEqual(['classify', 'withdraw']);
    // The general case moves do not apply to complaints.
    const general = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${d.id}/events`,
      headers: { cookie: agent },
      payload: { event: 'start', version: d.version },
    });
    expect(general.json().error.code).toBe('TRANSITION_NOT_ALLOWED');
  });
});

describe('the whole flow with routing, avoidance, an extension and an approval', () => {
  it('classify → assign (avoiding the agent complained about) → extension approved → decision approved → inform → call-back → close', async () => {
    const complained = await t.userId('agent.bj');
    const agent = await t.at('2026-11-23 11:00', 'agent.bj01');
    let d = await ok(
      await t.intake(
        agent,
        complaintBody({ complainedUserId: complained, committedReplyHours: 4, category: 'claimDispute' }),
      ),
    );
    const id = d.id;

    // Progress feedback meets the promised reply.
    d = await ok(await t.feedback(agent, id, { channel: 'phone', note: '已告知客户正在调查' }));
    expect(d.deadlines.find((x) => x.kind === 'complaintReply')?.state).toBe('met');
    expect(d.events.at(-1)).toMatchObject({ type: 'feedback', data: { channel: 'phone' } });

    let lead = await t.at('2026-11-23 11:10', 'teamlead.bj');
    d = await ok(
      await t.event(lead, id, {
        event: 'classify',
        version: d.version,
        urgency: 'normal',
        complexity: 'complex',
      }),
    );
    expect(d.complaint).toMatchObject({ state: 'classified', handlerRole: 'teamLead' });

    // Avoidance: the agent complained about cannot be given the complaint, and the router never proposes them.
    const routing = (await t.get(lead, `/api/complaints/${id}/routing`)).json();
    expect(routing.suggestion.id).not.toBe(complained);
    expect(routing.candidates.find((c: { id: string }) => c.id === complained)).toMatchObject({
      interested: true,
    });
    const sup = await t.userId('supervisor.bj');
    const direct = await t.event(lead, id, { event: 'assign', version: d.version, assigneeId: complained });
    expect(direct.json().error.code).toBe('ASSIGNEE_NOT_ELIGIBLE'); // an agent is below the team-lead level
    const leadId = await t.userId('teamlead.bj');
    d = await ok(await t.event(lead, id, { event: 'assign', version: d.version, assigneeId: leadId }));
    expect(d.complaint.state).toBe('assigned');
    expect(d.ownerId).toBe(leadId);

    d = await ok(await t.event(lead, id, { event: 'startInvestigation', version: d.version }));
    d = await ok(
      await t.event(lead, id, { event: 'requestExtension', version: d.version, note: '需调取查勘录音' }),
    );
    expect(d.complaint.state).toBe('extensionRequested');
    // Nobody approves their own request; a supervisor sees it in the inbox.
    expect(
      (await t.event(lead, id, { event: 'approveExtension', version: d.version })).json().error.code,
    ).toBe('APPROVAL_AUTHORITY_EXCEEDED');
    const supCookie = await t.at('2026-11-24 09:00', 'supervisor.bj');
    const inbox = (await t.get(supCookie, '/api/complaints/approvals')).json();
    expect(inbox.items.map((a: { caseId: string; kind: string }) => [a.caseId, a.kind])).toContainEqual([
      id,
      'extension',
    ]);
    d = await ok(await t.event(supCookie, id, { event: 'approveExtension', version: d.version }));
    expect(d.complaint).toMatchObject({ state: 'extended', extensionStage: 1 });
    // 30 days from 23 Nov → Wed 23 Dec.
    expect(d.deadlines.find((x) => x.kind === 'complaintDecision')?.dueAt).toBe(bj('2026-12-24 00:00'));
    expect(d.approvals[0]).toMatchObject({
      kind: 'extension',
      requiredLevel: 'supervisor',
      outcome: 'approved',
    });

    // 8,000 CNY is above a team lead's 1,000: the decision goes to approval.
    lead = await t.at('2026-11-30 10:00', 'teamlead.bj');
    d = await ok(
      await t.event(lead, id, {
        event: 'decide',
        version: d.version,
        decision: '经核查，理赔员未按规定及时告知进度，向客户致歉并给予补偿。',
        findings: '理赔员十日未告知进度',
        basis: '公司理赔服务规范',
        remedy: '书面致歉并给予补偿',
        remedyAmount: 8000,
        note: '处理意见',
      }),
    );
    expect(d.complaint.state).toBe('decisionProposed');
    expect(d.approvals.at(-1)).toMatchObject({
      kind: 'decision',
      requiredLevel: 'supervisor',
      outcome: null,
    });
    const other = await t.at('2026-11-30 11:00', 'teamlead.sh');
    expect((await t.get(other, `/api/complaints/${id}`)).statusCode).toBe(404); // branch scope
    const sup2 = await t.at('2026-11-30 11:00', 'supervisor.bj');
    d = await ok(await t.event(sup2, id, { event: 'approveDecision', version: d.version, note: '同意' }));
    expect(d.complaint).toMatchObject({ state: 'decided', remedyAmount: 8000 });

    const letter = await sys.app.inject({
      url: `/api/complaints/${id}/letter.pdf`,
      headers: { cookie: sup2 },
    });
    expect(letter.statusCode).toBe(200);
    expect(letter.headers['content-type']).toBe('application/pdf');

    lead = await t.at('2026-11-30 14:00', 'teamlead.bj');
    d = await ok(await t.event(lead, id, { event: 'inform', version: d.version, channel: 'phone' }));
    expect(d.complaint.state).toBe('informed');
    // The decision limit is met by telling the complainant; the call-back clock starts.
    expect(d.deadlines.filter((x) => x.state !== 'met').map((x) => x.kind)).toEqual(['complaintCallback']);
    d = await ok(
      await t.event(lead, id, { event: 'recordCallback', version: d.version, score: 5, comment: '满意' }),
    );
    expect(d.availableComplaintEvents).toEqual(['close', 'withdraw']);
    d = await ok(await t.event(lead, id, { event: 'close', version: d.version }));
    expect(d.complaint.state).toBe('closed');
    expect(d.deadlines.every((x) => x.state === 'met')).toBe(true);
    expect(d.events.map((e) => e.type)).toEqual([
      'created',
      'feedback',
      'classify',
      'assign',
      'startInvestigation',
      'requestExtension',
      'approveExtension',
      'proposeDecision',
      'approveDecision',
      'inform',
      'recordCallback',
      'close',
    ]);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['complaint.approveExtension', 'complaint.approveDecision', 'complaint.letter']),
    );
    void sup;
  });

  it('an unsatisfied call-back cannot close: it reopens with a new decision limit, or escalates a level up', async () => {
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
    // Simple complaints get no extension.
    expect(
      (await t.event(handler, id, { event: 'requestExtension', version: d.version, note: 'x' })).json().error
        .code,
    ).toBe('EXTENSION_NOT_AVAILABLE');
    // An agent holds no approval level: even an apology without money goes to a team lead.
    d = await ok(
      await t.event(handler, id, {
        event: 'decide',
        version: d.version,
        decision: '致歉',
        findings: '属实',
        basis: '服务规范',
        note: '致歉',
      }),
    );
    expect(d.complaint.state).toBe('decisionProposed');
    const lead2 = await t.at('2026-11-24 10:00', 'teamlead.bj');
    d = await ok(await t.event(lead2, id, { event: 'approveDecision', version: d.version }));
    d = await ok(await t.event(lead2, id, { event: 'inform', version: d.version, channel: 'phone' }));
    d = await ok(
      await t.event(lead2, id, { event: 'recordCallback', version: d.version, score: 2, comment: '不满意' }),
    );
    expect((await t.event(lead2, id, { event: 'close', version: d.version })).json().error.code).toBe(
      'COMPLAINANT_NOT_SATISFIED',
    );
    expect(d.availableComplaintEvents.sort()).toEqual(['escalate', 'reopen', 'withdraw']);
    const later = await t.at('2026-11-25 09:00', 'teamlead.bj');
    d = await ok(
      await t.event(later, id, { event: 'escalate', version: d.version, note: '客户不满意，升级处理' }),
    );
    expect(d.complaint).toMatchObject({
      state: 'classified',
      handlerRole: 'teamLead',
      reopenCount: 1,
      decision: null,
      findings: null,
      basis: null,
    });
    // A fresh 15-day limit from the day of escalation: 25 Nov + 15 = Thu 10 Dec.
    expect(d.deadlines.find((x) => x.kind === 'complaintDecision')).toMatchObject({
      state: 'open',
      dueAt: bj('2026-12-11 00:00'),
    });
  });

  it('refuses self-approval and approval above one’s authority', async () => {
    const agent = await t.at('2026-11-24 11:00');
    let d = await ok(await t.intake(agent));
    const lead = await t.at('2026-11-24 11:05', 'teamlead.bj');
    d = await ok(
      await t.event(lead, d.id, {
        event: 'classify',
        version: d.version,
        urgency: 'urgent',
        complexity: 'simple',
      }),
    );
    d = await ok(
      await t.event(lead, d.id, {
        event: 'assign',
        version: d.version,
        assigneeId: await t.userId('teamlead.bj'),
      }),
    );
    d = await ok(await t.event(lead, d.id, { event: 'startInvestigation', version: d.version }));
    // 20,000 CNY needs the branch level.
    d = await ok(
      await t.event(lead, d.id, {
        event: 'decide',
        version: d.version,
        decision: '补偿',
        findings: '属实',
        basis: '服务规范',
        remedyAmount: 20000,
        note: 'x',
      }),
    );
    expect(d.approvals.at(-1)).toMatchObject({ requiredLevel: 'branch' });
    expect(
      (await t.event(lead, d.id, { event: 'approveDecision', version: d.version })).json().error.code,
    ).toBe('APPROVAL_AUTHORITY_EXCEEDED');
    const sup = await t.at('2026-11-24 11:10', 'supervisor.bj');
    expect((await t.event(sup, d.id, { event: 'approveDecision', version: d.version })).statusCode).toBe(403);
    const supInbox = (await t.get(sup, '/api/complaints/approvals')).json();
    expect(supInbox.items.some((a: { caseId: string }) => a.caseId === d.id)).toBe(false);
    const branch = await t.at('2026-11-24 11:20', 'branchadmin.bj');
    d = await ok(await t.event(branch, d.id, { event: 'approveDecision', version: d.version }));
    expect(d.complaint.state).toBe('decided');
  });
});
