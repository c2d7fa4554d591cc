import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, tools } from './complaints-support.ts';
import { createCase, type TestSystem, testSystem } from './helpers.ts';

/** Issue #21 part 3: every detail answer says who acts next and which action is theirs, in words. */
type Step = {
  actor: { kind: string; userId: string | null; label: { zh: string; en: string } };
  action: { event: string | null; label: { zh: string; en: string } };
  viewerActs: boolean;
  routedTo: { id: string; name: string } | null;
};
type WithStep = {
  id: string;
  version: number;
  nextStep: Step | null;
  events: { type: string; data: Record<string, unknown> }[];
};

let sys: TestSystem;
let t: ReturnType<typeof tools>;
beforeAll(async () => {
  sys = await testSystem({ clockAt: '2026-11-23T02:00:00Z' });
  t = tools(sys);
});
afterAll(() => sys.close());

const body = <T>(res: { statusCode: number; body: string; json: () => unknown }, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
};

describe('the next step on a detail answer', () => {
  it('a consultation waits for its owner to answer; another agent sees the owner’s name', async () => {
    const agent = await sys.login('agent.bj');
    const created = body<WithStep>(await createCase(sys, agent), 201);
    expect(created.nextStep).toMatchObject({
      actor: { kind: 'person', userId: await t.userId('agent.bj') },
      action: { event: 'answer', label: { zh: '答复', en: 'Answer' } },
      viewerActs: true,
      routedTo: null,
    });
    const lead = await sys.login('teamlead.bj');
    const seen = body<WithStep>(await t.get(lead, `/api/cases/${created.id}`));
    const ownerName = (
      await sys.db
        .selectFrom('users')
        .select('display_name')
        .where('username', '=', 'agent.bj')
        .executeTakeFirstOrThrow()
    ).display_name;
    expect(seen.nextStep).toMatchObject({ viewerActs: false, actor: { label: { zh: ownerName } } });
  });

  it('a classified complaint names the routed handler for the agent who may not assign and for the lead', async () => {
    const agent = await sys.login('agent.bj');
    let d = body<WithStep>(await t.intake(agent, complaintBody()), 201);
    expect(d.nextStep).toMatchObject({ action: { event: 'classify' }, viewerActs: true });
    d = body<WithStep>(
      await t.event(agent, d.id, {
        event: 'classify',
        version: d.version,
        urgency: 'normal',
        complexity: 'simple',
      }),
    );
    // The agent may not assign: the step is a lead's, and says whom the routing will give it to.
    const agentView = d.nextStep;
    expect(agentView).toMatchObject({
      actor: { kind: 'role', userId: null, label: { zh: '组长或以上' } },
      action: { event: 'assign' },
      viewerActs: false,
    });
    expect(agentView?.routedTo?.name).toBeTruthy();

    const leadCookie = await sys.login('teamlead.bj');
    const leadId = await t.userId('teamlead.bj');
    const leadView = body<WithStep>(await t.get(leadCookie, `/api/complaints/${d.id}`)).nextStep;
    expect(leadView).toMatchObject({ viewerActs: true, routedTo: agentView?.routedTo });
    // The recommendation is the routing's choice, the same one the assign picker marks, not whoever looks.
    const routing = body<{ suggestion: { id: string } | null }>(
      await t.get(leadCookie, `/api/complaints/${d.id}/routing`),
    );
    expect(leadView?.routedTo?.id).toBe(routing.suggestion?.id);
    expect(leadView?.routedTo?.id).not.toBe(leadId);

    // Assigned without naming anyone: the routed handler gets it, the timeline names them, and it is their step.
    const assigned = body<WithStep>(await t.event(leadCookie, d.id, { event: 'assign', version: d.version }));
    const event = assigned.events.find((e) => e.type === 'assign');
    expect(event?.data.toName).toBe(agentView?.routedTo?.name);
    expect(assigned.nextStep).toMatchObject({
      actor: { kind: 'person', userId: agentView?.routedTo?.id },
      action: { event: 'startInvestigation' },
    });
  });
});
