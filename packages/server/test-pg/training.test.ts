import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

/**
 * Issue #17 part 5 (seed 002 §四): plans, sessions, attendance with exam scores, certificates; a new agent without
 * the required training is refused on the hotline roster (the roster's TRAINING_MISSING violation).
 */
let sys: TestSystem;
let mgr: string;
type Body = {
  id: string;
  error: { code: string };
  violations: { code: string; agentId: string | null; message: { zh: string } }[];
  attendance: { userId: string; attended: boolean; examScore: number | null; passed: boolean | null }[];
  items: {
    userId: string;
    topic: string;
    topicLabel: { zh: string };
    expiresOn: string;
    expiringSoon: boolean;
  }[];
  topicLabel: { zh: string };
  user: { id: string };
};
const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
  const res = await sys.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.json() as Body };
};
const idOf = async (table: 'branches' | 'departments', code: string) =>
  (await sys.db.selectFrom(table).select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

let newAgent: string;
let planId: string;
const REQUIRED = ['insuranceBasics', 'serviceSkills', 'systemOperation'] as const;
const sessions: Record<string, string> = {};

beforeAll(async () => {
  sys = await testSystem();
  mgr = await sys.login('servicemanager.sh');
  const admin = await sys.login('sysadmin.ho');
  const created = await call(admin, 'POST', '/api/admin/users', {
    username: 'agent.sh.new',
    displayName: '新人坐席',
    agentNo: '9101',
    role: 'agent',
    branchId: await idOf('branches', 'SH'),
    departmentId: await idOf('departments', 'service'),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  newAgent = created.body.user.id;
  const post = await call(mgr, 'POST', '/api/duty/posts', {
    kind: 'hotlineSeat',
    nameZh: '专线坐席',
    nameEn: 'Hotline seat',
    staffed: [{ start: '09:00', end: '17:00' }],
    minAgents: 1,
  });
  const shift = await call(mgr, 'POST', '/api/duty/shifts', {
    postId: post.body.id,
    code: 'D',
    start: '09:00',
    end: '17:00',
  });
  const plan = await call(mgr, 'POST', '/api/duty/plans', { month: '2026-12' });
  planId = plan.body.id;
  const put = await call(mgr, 'POST', `/api/duty/plans/${planId}/assignments`, {
    agentId: newAgent,
    shiftId: shift.body.id,
    date: '2026-12-01',
  });
  expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
});
afterAll(() => sys.close());

const trainingViolations = async () =>
  (await call(mgr, 'GET', `/api/duty/plans/${planId}`)).body.violations.filter(
    (v) => v.code === 'TRAINING_MISSING',
  );

describe('training and the hotline roster', () => {
  it('a new agent without the required training on a hotline seat is a roster violation, in words', async () => {
    const v = await trainingViolations();
    expect(v).toHaveLength(1);
    expect(v[0]!.agentId).toBe(newAgent);
    expect(v[0]!.message.zh).toBe('新人坐席 尚未完成上岗培训：保险基础知识、服务技巧、客户信息系统操作');
    // The seeded (already trained) staff are not concerned.
    expect(v.every((x) => x.agentId === newAgent)).toBe(true);
  });

  it('a proposed roster leaves the untrained agent off the hotline seats', async () => {
    const other = await call(mgr, 'POST', '/api/duty/plans', { month: '2027-01' });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const proposed = await call(mgr, 'POST', `/api/duty/plans/${other.body.id}/propose`, {
      method: 'greedy',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    const { plan } = proposed.body as unknown as {
      plan: { assignments: { agentId: string }[]; violations: { code: string }[] };
    };
    expect(plan.assignments.length).toBeGreaterThan(0);
    expect(plan.assignments.filter((a) => a.agentId === newAgent)).toEqual([]);
    expect(plan.violations.filter((v) => v.code === 'TRAINING_MISSING')).toEqual([]);
  });

  it('the supervisor plans the year and schedules sessions; an agent may read but not schedule', async () => {
    const plan = await call(mgr, 'POST', '/api/training/plans', {
      year: 2026,
      title: '2026 年度客服培训计划',
      goals: '新人上岗前完成必修课程',
      content: '保险基础知识、服务技巧、系统操作',
      schedule: '每月第三周',
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    const agent = await sys.login('agent.sh');
    expect(
      (
        await call(agent, 'POST', '/api/training/sessions', {
          topic: 'serviceSkills',
          title: 'x',
          day: '2026-11-20',
        })
      ).status,
    ).toBe(403);
    for (const topic of REQUIRED) {
      const s = await call(mgr, 'POST', '/api/training/sessions', {
        planId: plan.body.id,
        topic,
        title: `新人必修：${topic}`,
        day: '2026-11-20',
        place: '三楼培训室',
      });
      expect(s.status, JSON.stringify(s.body)).toBe(201);
      sessions[topic] = s.body.id;
    }
    expect((await call(agent, 'GET', '/api/training/sessions')).status).toBe(200);
  });

  it('attendance and exam scores: a fail certifies nothing, a pass certifies the topic for 24 months', async () => {
    const failed = await call(mgr, 'PUT', `/api/training/sessions/${sessions.serviceSkills}/attendance`, {
      records: [{ userId: newAgent, attended: true, examScore: 55 }],
    });
    expect(failed.status, JSON.stringify(failed.body)).toBe(200);
    expect(failed.body.attendance).toEqual([
      expect.objectContaining({ userId: newAgent, examScore: 55, passed: false }),
    ]);
    for (const topic of ['insuranceBasics', 'systemOperation'])
      await call(mgr, 'PUT', `/api/training/sessions/${sessions[topic]}/attendance`, {
        records: [{ userId: newAgent, attended: true, examScore: 80 }],
      });
    const still = await trainingViolations();
    expect(still[0]!.message.zh).toBe('新人坐席 尚未完成上岗培训：服务技巧');
    // The re-sit passes.
    const passed = await call(mgr, 'PUT', `/api/training/sessions/${sessions.serviceSkills}/attendance`, {
      records: [{ userId: newAgent, attended: true, examScore: 88 }],
    });
    expect(passed.body.attendance[0]).toMatchObject({ examScore: 88, passed: true });
    expect(await trainingViolations()).toEqual([]);
    const certs = await call(mgr, 'GET', '/api/training/certificates');
    const mine = certs.body.items.filter((c) => c.userId === newAgent);
    expect(mine.map((c) => c.topic).sort()).toEqual([...REQUIRED].sort());
    expect(mine.every((c) => c.expiresOn === '2028-11-20' && !c.expiringSoon)).toBe(true);
    expect(mine.find((c) => c.topic === 'serviceSkills')!.topicLabel.zh).toBe('服务技巧');
  });

  it('certificates near their end are listed as expiring soon; an agent sees only their own', async () => {
    sys.clock.set('2028-11-01T02:00:00Z');
    mgr = await sys.login('servicemanager.sh');
    const soon = await call(mgr, 'GET', '/api/training/certificates?expiringSoon=true');
    expect(soon.body.items.filter((c) => c.userId === newAgent)).toHaveLength(3);
    const agent = await sys.login('agent.sh');
    expect((await call(agent, 'GET', '/api/training/certificates')).body.items).toEqual([]);
  });

  it('a session of another branch is not found; an exam score over 100 is refused', async () => {
    const bj = await sys.login('servicemanager.bj');
    expect((await call(bj, 'GET', `/api/training/sessions/${sessions.serviceSkills}`)).status).toBe(404);
    const over = await call(mgr, 'PUT', `/api/training/sessions/${sessions.serviceSkills}/attendance`, {
      records: [{ userId: newAgent, attended: true, examScore: 120 }],
    });
    expect(over.status).toBe(400);
  });
});
