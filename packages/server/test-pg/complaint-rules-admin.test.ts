import { randomUUID } from 'node:crypto';
import { DEFAULT_COMPLAINT_RULES } from '@claimline/domain/complaints';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bj, type Detail, tools } from './complaints-support.ts';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let t: ReturnType<typeof tools>;
let headOffice: string;
beforeAll(async () => {
  sys = await testSystem();
  t = tools(sys);
  headOffice = await sys.login('headoffice.ho');
});
afterAll(() => sys.close());

const URL = '/api/complaints/rules';
const get = (cookie: string) => sys.app.inject({ url: URL, headers: { cookie } });
const send = (
  cookie: string,
  method: 'PUT' | 'POST' | 'DELETE',
  url: string,
  payload?: unknown,
  lang = 'zh-CN',
) =>
  sys.app.inject({
    method,
    url,
    headers: { cookie, 'accept-language': lang },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
type Rules = typeof DEFAULT_COMPLAINT_RULES;
const withClock = (clock: Partial<Rules['clock']>): Rules => ({
  ...DEFAULT_COMPLAINT_RULES,
  clock: { ...DEFAULT_COMPLAINT_RULES.clock, ...clock },
});
const emptyRule = { branchId: null, product: null, category: null, assigneeId: null };
const rulesWith = (f: (r: Rules) => void): Rules => {
  const r = structuredClone(DEFAULT_COMPLAINT_RULES) as Rules;
  f(r);
  return r;
};
const save = async (rules: Rules, note = '调整投诉规则', cookie = headOffice, baseVersion?: number) =>
  send(cookie, 'PUT', URL, {
    baseVersion: baseVersion ?? (await get(cookie)).json().version,
    note,
    rules,
  });
const details = (res: { json(): { error: { details: { path: string; message: string }[] } } }) =>
  res.json().error.details;
const message = (res: Parameters<typeof details>[0], path: string) =>
  details(res).find((d) => d.path === path)?.message;

/** A head-office role placed in a branch: has the permission, but the rules serve every branch. */
const headOfficeInBranch = async () => {
  const ho = await sys.db
    .selectFrom('users')
    .select('password_hash')
    .where('username', '=', 'headoffice.ho')
    .executeTakeFirstOrThrow();
  const branch = await sys.db
    .selectFrom('branches')
    .select('id')
    .where('code', '=', 'SH')
    .executeTakeFirstOrThrow();
  await sys.db
    .insertInto('users')
    .values({
      id: randomUUID(),
      username: 'headoffice.sh',
      display_name: '上海总公司岗',
      agent_no: '9902',
      role: 'headOffice',
      branch_id: branch.id,
      password_hash: ho.password_hash,
      must_change_password: false,
      locked_until: null,
      created_at: sys.clock.now(),
    })
    .execute();
  return sys.login('headoffice.sh');
};

describe('reading the complaint rules', () => {
  it('gives the defaults at version 0 with sources, the decision deadline rule, editable for head office only', async () => {
    const agent = await sys.login('agent.bj');
    const body = (await get(agent)).json();
    expect(body).toMatchObject({ version: 0, savedBy: null, editable: false });
    expect(body.rules).toEqual(DEFAULT_COMPLAINT_RULES);
    expect(body.defaults).toEqual(DEFAULT_COMPLAINT_RULES);
    expect(body.decisionRule).toMatchObject({
      ruleId: 'complaint-decision',
      unit: 'naturalDays',
      amount: 15,
    });
    expect(body.fields.find((f: { key: string }) => f.key === 'baseDays')).toMatchObject({ max: 15 });
    expect(body.fields.find((f: { key: string }) => f.key === 'unit').source.zh).toContain('第四十三条');
    expect(body.sources.authority.zh).toContain('核决权限');
    expect((await get(headOffice)).json().editable).toBe(true);
  });
});

describe('who may change them', () => {
  it('refuses every role but head office (403), and head office placed in a branch', async () => {
    const cheaper = rulesWith((r) => {
      r.clock.satisfiedFromScore = 5;
    });
    for (const user of ['agent.bj', 'branchadmin.bj', 'sysadmin.ho', 'supervisor.ho', 'auditor.ho']) {
      const res = await save(cheaper, 'x', await sys.login(user), 0);
      expect(res.statusCode, user).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      const list = await send(await sys.login(user), 'POST', '/api/complaints/routing-rules', {});
      expect(list.statusCode, user).toBe(403);
    }
    const branchHo = await headOfficeInBranch();
    expect((await get(branchHo)).json().editable).toBe(false);
    const res = await save(cheaper, 'x', branchHo, 0);
    expect(res.json().error.code).toBe('COMPLAINT_RULES_HEAD_OFFICE_ONLY');
    const add = await send(branchHo, 'POST', '/api/complaints/routing-rules', {
      ...emptyRule,
      product: '健康险',
    });
    expect(add.json().error.code).toBe('COMPLAINT_RULES_HEAD_OFFICE_ONLY');
  });
});

describe('validation', () => {
  it('holds the days to the Measures art. 18 and says why, in the caller’s language', async () => {
    const bad = rulesWith((r) => {
      r.clock.baseDays = 16;
      r.clock.veryComplexExtraDays = 31;
      r.clock.satisfiedFromScore = 6;
      (r.clock as { unit: string }).unit = 'hours';
    });
    const zh = await save(bad);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.code).toBe('VALIDATION_FAILED');
    expect(message(zh, 'rules.clock.baseDays')).toBe(
      '不能长于法定期限（银行业保险业消费投诉处理管理办法第十八条第一款）',
    );
    expect(message(zh, 'rules.clock.veryComplexExtraDays')).toContain('第十八条');
    expect(message(zh, 'rules.clock.satisfiedFromScore')).toBe('不能大于 5');
    expect(message(zh, 'rules.clock.unit')).toBe('不是允许的取值');
    const en = await send(headOffice, 'PUT', URL, { baseVersion: 0, note: 'x', rules: bad }, 'en');
    expect(message(en, 'rules.clock.baseDays')).toBe(
      'Cannot be longer than the statutory limit (Measures on consumer complaints, art. 18 ¶1)',
    );
    expect(message(en, 'rules.clock.satisfiedFromScore')).toBe('Must be at most 5');
  });

  it('refuses rules that contradict each other, with the domain’s message on the value to fix', async () => {
    const bad = rulesWith((r) => {
      r.clock.baseDays = 12;
      r.clock.complexTotalDays = 10;
      r.matrix.critical.simple.handlerRole = 'agent';
      (r.authority[1] as { maxAmount: number }).maxAmount = 500;
    });
    const res = await save(bad);
    expect(res.statusCode).toBe(400);
    expect(message(res, 'rules.clock.complexTotalDays')).toBe('复杂投诉的总期限不能短于一般期限（12 日）');
    expect(message(res, 'rules.matrix.critical.simple.handlerRole')).toBe(
      '更紧急或更复杂的投诉，处理级别不能低于较轻的投诉',
    );
    expect(message(res, 'rules.authority.1.maxAmount')).toBe('金额上限须随级别递增：主管低于组长');
    const en = await send(headOffice, 'PUT', URL, { baseVersion: 0, note: 'x', rules: bad }, 'en');
    expect(
      en.json().error.details.find((d: { path: string }) => d.path === 'rules.authority.1.maxAmount').message,
    ).toBe('Amount limits must increase by level: supervisor is below teamLead');
  });

  it('refuses a save that changes nothing, and one without a note', async () => {
    const same = await save(DEFAULT_COMPLAINT_RULES);
    expect(same.json().error.code).toBe('COMPLAINT_RULES_UNCHANGED');
    const noNote = await save(withClock({ satisfiedFromScore: 5 }), ' ');
    expect(details(noNote).map((d) => d.path)).toEqual(['note']);
  });
});

describe('saving', () => {
  it('saves version 1 with an audit row of every changed value; a stale version is a conflict', async () => {
    const changed = rulesWith((r) => {
      r.matrix.normal.simple.handlerRole = 'teamLead';
      r.clock.callbackWorkingDays = 5;
    });
    const res = await save(changed, '普通简单投诉改由组长处理', headOffice, 0);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      version: 1,
      note: '普通简单投诉改由组长处理',
      savedBy: expect.any(String),
    });
    expect(res.json().rules).toEqual(changed);
    const audit = await sys.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'complaintRules.save')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ object_type: 'setting', object_id: 'complaintRules' });
    expect(audit[0]!.details).toEqual({
      version: 1,
      note: '普通简单投诉改由组长处理',
      changes: [
        { key: 'clock.callbackWorkingDays', from: 3, to: 5 },
        { key: 'matrix.normal.simple', from: 'agent', to: 'teamLead' },
      ],
    });
    const stale = await save(DEFAULT_COMPLAINT_RULES, 'x', headOffice, 0);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'COMPLAINT_RULES_VERSION_CONFLICT',
      details: { currentVersion: 1 },
    });
  });

  it('lets exactly one of two saves on the same version win', async () => {
    const results = await Promise.all([
      save(withClock({ defaultReplyHours: 12 }), 'a', headOffice, 1),
      save(withClock({ defaultReplyHours: 48 }), 'b', headOffice, 1),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await get(headOffice)).json().version).toBe(2);
  });
});

describe('a saved clock applies to the next complaint', () => {
  const decisionDue = (d: Detail) => d.deadlines.find((x) => x.kind === 'complaintDecision')?.dueAt;

  it('10 working days instead of 15 natural ones moves the next decision due date, not a running one', async () => {
    const before = (await t.intake(await t.at('2026-11-23 09:00'))).json() as Detail;
    expect(decisionDue(before)).toBe(bj('2026-12-09 00:00'));
    const ho = await t.at('2026-11-23 09:05', 'headoffice.ho');
    const now = (await get(ho)).json();
    const res = await save(
      { ...now.rules, clock: { ...now.rules.clock, unit: 'workingDays', baseDays: 10 } },
      '改为 10 个工作日',
      ho,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().decisionRule).toMatchObject({ unit: 'workingDays', amount: 10 });
    const after = (await t.intake(await t.at('2026-11-23 09:10'))).json() as Detail;
    // Ten working days after Mon 23 Nov: Mon 7 Dec, ending 24:00.
    expect(decisionDue(after)).toBe(bj('2026-12-08 00:00'));
    const still = (
      await t.get(await t.at('2026-11-23 09:15'), `/api/complaints/${before.id}`)
    ).json() as Detail;
    expect(decisionDue(still)).toBe(bj('2026-12-09 00:00'));
  });

  it('the call-back delay of the setting times the call-back, not the deadline rule’s 3 days', async () => {
    const ho = await t.at('2026-11-24 08:55', 'headoffice.ho');
    const now = (await get(ho)).json();
    const five = await save(
      { ...now.rules, clock: { ...now.rules.clock, callbackWorkingDays: 5 } },
      '回访 5 个工作日',
      ho,
    );
    expect(five.statusCode, five.body).toBe(200);
    // Walk one complaint to "informed".
    const agent = await t.at('2026-11-24 09:00');
    let d = (await t.intake(agent)).json() as Detail;
    const lead = await t.at('2026-11-24 09:30', 'teamlead.bj');
    const leadId = await t.userId('teamlead.bj');
    const step = async (payload: Record<string, unknown>) => {
      const res = await t.event(lead, d.id, { version: d.version, ...payload });
      expect(res.statusCode, res.body).toBe(200);
      d = res.json() as Detail;
    };
    await step({ event: 'classify', urgency: 'normal', complexity: 'simple' });
    await step({ event: 'assign', assigneeId: leadId });
    await step({ event: 'startInvestigation' });
    await step({
      event: 'decide',
      decision: '经核查向客户致歉。',
      findings: '属实',
      basis: '服务规范',
      remedyAmount: 0,
      note: '处理意见',
    });
    await step({ event: 'inform', channel: 'phone' });
    // Tue 24 Nov + 5 working days: Tue 1 Dec, ending 24:00 (3 days would be Fri 27 Nov).
    expect(d.deadlines.find((x) => x.kind === 'complaintCallback')?.dueAt).toBe(bj('2026-12-02 00:00'));
  });
});

describe('routing rules', () => {
  const RR = '/api/complaints/routing-rules';
  let bjId: string;
  let leadBj: string;
  beforeAll(async () => {
    bjId = (
      await sys.db.selectFrom('branches').select('id').where('code', '=', 'BJ').executeTakeFirstOrThrow()
    ).id;
    leadBj = await t.userId('teamlead.bj');
  });

  it('validates the branch, the assignee and the category', async () => {
    const ho = await t.at('2026-11-25 09:00', 'headoffice.ho');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...emptyRule, branchId: randomUUID() }, 'ROUTING_BRANCH_INVALID'],
      [{ ...emptyRule, branchId: bjId, assigneeId: randomUUID() }, 'ROUTING_ASSIGNEE_INVALID'],
      [
        { ...emptyRule, branchId: bjId, assigneeId: await t.userId('auditor.ho') },
        'ROUTING_ASSIGNEE_INVALID',
      ],
      [{ ...emptyRule, branchId: bjId, assigneeId: await t.userId('agent.sh') }, 'ROUTING_ASSIGNEE_INVALID'],
      // A rule for every branch needs someone who sees every branch.
      [{ ...emptyRule, product: '健康险', assigneeId: leadBj }, 'ROUTING_ASSIGNEE_INVALID'],
      [{ ...emptyRule, category: 'weather' }, 'VALIDATION_FAILED'],
      [emptyRule, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of cases) {
      const res = await send(ho, 'POST', RR, body);
      expect(res.json().error?.code, JSON.stringify(body)).toBe(code);
    }
    const empty = await send(ho, 'POST', RR, emptyRule, 'en');
    expect(empty.json().error.details[0].message).toBe(
      'Name a branch, product, category or assignee; an empty rule changes nothing',
    );
  });

  it('creates, changes, previews (with avoidance) and deletes a rule, each audited', async () => {
    const ho = await t.at('2026-11-25 10:00', 'headoffice.ho');
    const created = await send(ho, 'POST', RR, {
      id: 'bj-dispute',
      branchId: bjId,
      product: null,
      category: 'claimDispute',
      assigneeId: leadBj,
      priority: 10,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      id: 'bj-dispute',
      branchName: '北京分公司',
      assigneeName: expect.any(String),
      active: true,
    });
    expect(
      (await send(ho, 'POST', RR, { ...emptyRule, id: 'bj-dispute', product: 'x' })).json().error.code,
    ).toBe('ROUTING_RULE_EXISTS');

    const preview = (body: Record<string, unknown>) =>
      send(ho, 'POST', `${RR}/preview`, {
        branchId: bjId,
        product: '机动车商业保险',
        category: 'claimDispute',
        ...body,
      });
    const p = (await preview({})).json();
    expect(p.picked).toMatchObject({ id: leadBj, ruleId: 'bj-dispute' });
    expect(p.rules).toContainEqual({ ruleId: 'bj-dispute', matched: true, order: 1, outcome: 'picked' });
    // The team lead complained about: avoided, the rule gives way, someone else is picked.
    const avoided = (await preview({ complainedUserId: leadBj })).json();
    expect(avoided.rules).toContainEqual({
      ruleId: 'bj-dispute',
      matched: true,
      order: 1,
      outcome: 'assigneeAvoided',
    });
    expect(avoided.avoided).toEqual([{ id: leadBj, name: expect.any(String) }]);
    expect(avoided.picked.id).not.toBe(leadBj);
    expect(avoided.candidates.find((c: { id: string }) => c.id === leadBj).block).toBe('interested');
    const other = (await preview({ category: 'serviceAttitude' })).json();
    expect(other.rules).toContainEqual({ ruleId: 'bj-dispute', matched: false, mismatches: ['category'] });
    expect(other.fallback).toBe(true);

    const rule = created.json();
    const later = await t.at('2026-11-25 10:05', 'headoffice.ho');
    const changed = await send(later, 'PUT', `${RR}/bj-dispute`, { ...pick(rule), active: false });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().active).toBe(false);
    // Switched off: routing no longer uses it.
    const previewNow = await send(later, 'POST', `${RR}/preview`, {
      branchId: bjId,
      product: '机动车商业保险',
      category: 'claimDispute',
    });
    expect(previewNow.json().rules.map((r: { ruleId: string }) => r.ruleId)).not.toContain('bj-dispute');
    // Saved from what was read before that change: refused.
    const stale = await send(later, 'PUT', `${RR}/bj-dispute`, { ...pick(rule), active: true });
    expect(stale.json().error.code).toBe('ROUTING_RULE_CONFLICT');

    expect((await send(later, 'DELETE', `${RR}/bj-dispute`)).statusCode).toBe(200);
    expect((await send(later, 'DELETE', `${RR}/bj-dispute`)).json().error.code).toBe(
      'ROUTING_RULE_NOT_FOUND',
    );
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_id', '=', 'bj-dispute')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'complaintRouting.create',
      'complaintRouting.update',
      'complaintRouting.delete',
    ]);
    expect(audit[1]!.details).toEqual({ changes: [{ key: 'active', from: true, to: false }] });
    expect(((await t.get(later, RR)).json().rules as { id: string }[]).map((r) => r.id)).not.toContain(
      'bj-dispute',
    );
  });
});

/** The fields PUT takes, from a rule as GET answers it. */
const pick = (r: Record<string, unknown>) => ({
  branchId: r.branchId,
  product: r.product,
  category: r.category,
  assigneeId: r.assigneeId,
  priority: r.priority,
  active: r.active,
  updatedAt: r.updatedAt,
});
