import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

/** Issue #17 part 4 (seed 002 §五): an assessment from self-assessment to sign-off, the appeal, a correction. */
let sys: TestSystem;
let agent: string;
let lead: string;
let sup: string;
let manager: string;
let agentId: string;

/** The loose shape these tests read from the answers (assessments, lists and templates alike). */
type Item = {
  id: string;
  key: string;
  kind: string;
  points: number | null;
  low: boolean;
  label: { zh: string };
  templateKey: string;
  version: number;
  itemLabels: { zh: string }[];
};
type Version = { scoreVersion: number; total: number | null; reason: string };
type Answer = {
  id: string;
  state: string;
  stateLabel: { zh: string; en: string };
  items: Item[];
  self: unknown;
  qualitative: Record<string, number>;
  total: number;
  scoreVersion: number;
  versions: Version[];
  signedAt: string;
  appealUntil: string;
  suggestedTraining: { topic: string }[];
  moves: { event: string; allowed: boolean }[];
  error: { code: string };
  templateKey: string;
  version: number;
};
const call = async (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown) => {
  const res = await sys.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return {
    status: res.statusCode,
    body: res.json() as Answer,
  };
};
const move = (cookie: string, id: string, body: Record<string, unknown>) =>
  call(cookie, 'POST', `/api/assessments/${id}/moves`, body);

const SELF = { strengths: '接听及时', weaknesses: '产品知识不足', plan: '参加产品培训' };

beforeAll(async () => {
  sys = await testSystem();
  agent = await sys.login('agent.bj01');
  lead = await sys.login('teamlead.bj01');
  sup = await sys.login('supervisor.bj');
  manager = await sys.login('servicemanager.bj');
  agentId = (
    await sys.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'agent.bj01')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => sys.close());

describe('assessment flow', () => {
  let id: string;

  it('only a supervisor opens one; KPI items are scored from the rollup, qualitative ones wait', async () => {
    expect(
      (await call(agent, 'POST', '/api/assessments', { agentId, periodKind: 'month', periodKey: '2026-11' }))
        .status,
    ).toBe(403);
    const opened = await call(sup, 'POST', '/api/assessments', {
      agentId,
      periodKind: 'month',
      periodKey: '2026-11',
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    id = opened.body.id;
    expect(opened.body.state).toBe('selfAssessment');
    expect(opened.body.stateLabel).toEqual({ zh: '待自评', en: 'Self-assessment' });
    const qual = opened.body.items.filter((i) => i.kind === 'qualitative');
    expect(qual.every((i) => i.points === null)).toBe(true);
    expect(opened.body.items.find((i) => i.key === 'kpi:satisfaction')?.label.zh).toBe('客户满意度');
    const again = await call(sup, 'POST', '/api/assessments', {
      agentId,
      periodKind: 'month',
      periodKey: '2026-11',
    });
    expect(again.status).toBe(409);
  });

  it('self-assessment needs all three parts and only the agent may give it (§五(二)3)', async () => {
    const partial = await move(agent, id, { event: 'submitSelf', self: { ...SELF, plan: '' } });
    expect(partial.body.error.code).toBe('ASSESSMENT_SELF_INCOMPLETE');
    expect((await move(lead, id, { event: 'submitSelf', self: SELF })).body.error.code).toBe(
      'ASSESSMENT_NOT_AGENT',
    );
    const ok = await move(agent, id, { event: 'submitSelf', self: SELF });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.state).toBe('leadReview');
    expect(ok.body.self).toEqual(SELF);
  });

  it('the agent cannot score themselves; the lead scores every qualitative item', async () => {
    const own = await move(agent, id, {
      event: 'review',
      qualitative: { serviceAttitude: 5, teamwork: 5, productKnowledge: 5 },
    });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('ASSESSMENT_NOT_REVIEWER');
    const partial = await move(lead, id, { event: 'review', qualitative: { serviceAttitude: 4 } });
    expect(partial.body.error.code).toBe('ASSESSMENT_QUALITATIVE_INCOMPLETE');
    const ok = await move(lead, id, {
      event: 'review',
      qualitative: { serviceAttitude: 4, teamwork: 5, productKnowledge: 2 },
      comment: '态度好，业务知识需加强',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.state).toBe('signOff');
    const pk = ok.body.items.find((i) => i.key === 'q:productKnowledge');
    // 10 × 2/5 = 4 points, below 60 %: low, suggests the insurance-basics course (§五(三)3).
    expect(pk).toMatchObject({ points: 4, low: true });
    expect(ok.body.suggestedTraining.map((t) => t.topic)).toContain('insuranceBasics');
    expect(ok.body.items.find((i) => i.key === 'q:serviceAttitude')?.points).toBe(8);
  });

  it('the team lead cannot sign off; the supervisor signs off and version 1 is recorded', async () => {
    expect((await move(lead, id, { event: 'signOff' })).body.error.code).toBe('ASSESSMENT_NOT_SUPERVISOR');
    const ok = await move(sup, id, { event: 'signOff' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.state).toBe('signedOff');
    expect(ok.body.scoreVersion).toBe(1);
    expect(ok.body.versions).toHaveLength(1);
    expect(new Date(ok.body.appealUntil).getTime() - new Date(ok.body.signedAt).getTime()).toBe(
      5 * 86_400_000,
    );
  });

  it('after sign-off the agent still cannot change a score: correct is refused, no version is added', async () => {
    const refused = await move(agent, id, {
      event: 'correct',
      qualitative: { productKnowledge: 5 },
      reason: '我觉得应该满分',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('ASSESSMENT_NOT_SUPERVISOR');
    const now = await call(agent, 'GET', `/api/assessments/${id}`);
    expect(now.body.scoreVersion).toBe(1);
    expect(now.body.qualitative.productKnowledge).toBe(2);
    const offered = now.body.moves.map((m) => [m.event, m.allowed]);
    expect(offered).toContainEqual(['appeal', true]);
    expect(offered).toContainEqual(['correct', false]);
    // The stored versions are append-only even for someone with database write access.
    await expect(
      sys.db.updateTable('assessment_versions').set({ total: 100 }).where('assessment_id', '=', id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('the agent appeals within the window; the supervisor decides and the changed score is version 2', async () => {
    expect((await move(agent, id, { event: 'appeal' })).body.error.code).toBe('ASSESSMENT_REASON_REQUIRED');
    const appealed = await move(agent, id, { event: 'appeal', reason: '本月参加了产品知识竞赛并获奖' });
    expect(appealed.status, JSON.stringify(appealed.body)).toBe(200);
    expect(appealed.body.state).toBe('appealed');
    const before = appealed.body.total;
    const decided = await move(sup, id, {
      event: 'decideAppeal',
      qualitative: { productKnowledge: 4 },
      reason: '核实获奖，业务知识改评 4 分',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.state).toBe('final');
    expect(decided.body.scoreVersion).toBe(2);
    expect(decided.body.total).toBeGreaterThan(before);
    expect(decided.body.versions[1]).toMatchObject({
      scoreVersion: 2,
      reason: '核实获奖，业务知识改评 4 分',
    });
    expect(decided.body.versions[0]?.total).toBe(before);
  });

  it('a later correction is a new version with who and why, and it is audited', async () => {
    expect((await move(sup, id, { event: 'correct', qualitative: { teamwork: 3 } })).body.error.code).toBe(
      'ASSESSMENT_REASON_REQUIRED',
    );
    const ok = await move(sup, id, {
      event: 'correct',
      qualitative: { teamwork: 3 },
      reason: '复核团队协作记录',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.state).toBe('final');
    expect(ok.body.versions.map((v) => v.scoreVersion)).toEqual([1, 2, 3]);
    expect(ok.body.versions[2]?.reason).toBe('复核团队协作记录');
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('object_id', '=', id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'assessment.open',
      'assessment.submitSelf',
      'assessment.review',
      'assessment.signOff',
      'assessment.appeal',
      'assessment.decideAppeal',
      'assessment.correct',
    ]);
  });

  it('an appeal after the window is refused; queues show what waits for whom; other agents see nothing', async () => {
    const q = await call(sup, 'POST', '/api/assessments', {
      agentId,
      periodKind: 'quarter',
      periodKey: '2026-Q4',
    });
    const qid = q.body.id;
    await move(agent, qid, { event: 'submitSelf', self: SELF });
    expect((await call(lead, 'GET', '/api/assessments?queue=review')).body.items.map((i) => i.id)).toEqual([
      qid,
    ]);
    await move(lead, qid, {
      event: 'review',
      qualitative: { serviceAttitude: 4, teamwork: 4, productKnowledge: 4 },
    });
    expect((await call(sup, 'GET', '/api/assessments?queue=signOff')).body.items.map((i) => i.id)).toContain(
      qid,
    );
    await move(sup, qid, { event: 'signOff' });
    sys.clock.advance(6 * 86_400_000);
    // Six days on, the sessions have expired: everyone signs in again.
    agent = await sys.login('agent.bj01');
    manager = await sys.login('servicemanager.bj');
    expect((await move(agent, qid, { event: 'appeal', reason: '不同意' })).body.error.code).toBe(
      'ASSESSMENT_APPEAL_CLOSED',
    );
    const mine = await call(agent, 'GET', '/api/assessments');
    expect(mine.body.items).toHaveLength(2);
    const other = await sys.login('agent.sh01');
    expect((await call(other, 'GET', `/api/assessments/${qid}`)).status).toBe(404);
    expect((await call(other, 'GET', '/api/assessments?queue=all')).body.items).toEqual([]);
  });
});

describe('assessment templates', () => {
  it('the service manager saves a template and its next version; bad weights are refused; an agent may not', async () => {
    const items = [
      { kind: 'kpi', kpi: 'satisfaction', weight: 60, target: 0.95, floor: 0.7 },
      { kind: 'qualitative', id: 'serviceAttitude', weight: 40 },
    ];
    const body = { periodKind: 'month', nameZh: '北京月度考核', nameEn: 'Beijing monthly', items };
    expect((await call(agent, 'POST', '/api/assessment-templates', body)).status).toBe(403);
    const bad = await call(manager, 'POST', '/api/assessment-templates', { ...body, items: [items[0]] });
    expect(bad.body.error.code).toBe('ASSESSMENT_TEMPLATE_INVALID');
    const v1 = await call(manager, 'POST', '/api/assessment-templates', body);
    expect(v1.status, JSON.stringify(v1.body)).toBe(201);
    const v2 = await call(manager, 'POST', '/api/assessment-templates', {
      ...body,
      templateKey: v1.body.templateKey,
      items: [
        { ...items[0], weight: 50 },
        { ...items[1], weight: 50 },
      ],
      note: '提高服务态度权重',
    });
    expect(v2.body.version).toBe(2);
    const list = await call(manager, 'GET', '/api/assessment-templates');
    const mine = list.body.items.filter((t) => t.templateKey === v1.body.templateKey);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.version).toBe(2);
    expect(mine[0]?.itemLabels[0]?.zh).toBe('客户满意度');
  });
});
