import { randomUUID } from 'node:crypto';
import { seedDemoRoutingRules } from '../../src/seed/complaints.ts';
import { seedDemoCalls } from '../../src/seed/demo-calls.ts';
import { seedDemoDuty } from '../../src/seed/demo-duty.ts';
import { seedDemoHandover } from '../../src/seed/demo-handover.ts';
import { complaintBody } from '../complaints-support.ts';
import { adminQuery, consultation, createCase, type TestSystem } from '../helpers.ts';

/**
 * Records for the IDOR matrix in both sibling branches. The demo seeds make most of them (several only for Beijing);
 * a Shanghai twin is then a copy of the Beijing row with a new id, moved to Shanghai: the matrix needs a record
 * that exists there, not a realistic one.
 */
export const seedIdorFixtures = async (sys: TestSystem) => {
  for (const user of ['agent.bj', 'agent.sh']) {
    const cookie = await sys.login(user);
    await createCase(sys, cookie, consultation());
    await sys.app.inject({
      method: 'POST',
      url: '/api/complaints',
      headers: { cookie, 'idempotency-key': `idor-${user}` },
      payload: complaintBody(),
    });
  }
  await seedDemoCalls(sys.deps, 6);
  await seedDemoRoutingRules(sys.deps);
  await seedDemoHandover(sys.deps);
  await seedDemoDuty(sys.deps);
  const q = (text: string) => adminQuery(text, sys.dbName);
  const branch = (code: string) => `(SELECT id FROM branches WHERE code = '${code}')`;
  const user = (name: string) => `(SELECT id FROM users WHERE username = '${name}')`;

  // A Shanghai twin of a Beijing row, for tables with a uuid id and a branch.
  const twin = async (table: string) => {
    await q(`
      WITH src AS (SELECT * FROM ${table} WHERE branch_id IN (SELECT id FROM branches WHERE code LIKE 'BJ%') LIMIT 1)
      INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(src) || jsonb_build_object('id', gen_random_uuid(), 'branch_id', ${branch('SH')}))).*
      FROM src
      WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE branch_id IN (SELECT id FROM branches WHERE code LIKE 'SH%'))`);
  };
  for (const table of [
    'calls',
    'complaint_routing_rules',
    'duty_handovers',
    'duty_posts',
    'duty_shift_templates',
    'duty_plans',
  ])
    await twin(table);

  await q(`INSERT INTO equipment_faults (id, branch_id, reported_by, reported_at, equipment, location, description, updated_at)
    SELECT gen_random_uuid(), b.id, u.id, now(), '耳机', '3号席', '无声', now()
    FROM (VALUES ('BJ', 'agent.bj'), ('SH', 'agent.sh')) v(code, name)
    JOIN branches b ON b.code = v.code JOIN users u ON u.username = v.name`);
  await q(`INSERT INTO notifications (id, user_id, kind, message_zh, message_en, created_at)
    SELECT gen_random_uuid(), u.id, 'warn', '提醒', 'Reminder', now() FROM users u
    WHERE u.username IN ('agent.bj', 'agent.sh')`);
  await q(`INSERT INTO duty_leave_requests (id, branch_id, user_id, from_day, to_day, reason, replacement_id, state, created_at)
    VALUES (gen_random_uuid(), ${branch('BJ')}, ${user('agent.bj')}, '2026-12-20', '2026-12-21', '事假', ${user('teamlead.bj')}, 'pending', now()),
           (gen_random_uuid(), ${branch('SH')}, ${user('agent.sh')}, '2026-12-20', '2026-12-21', '事假', ${user('teamlead.sh')}, 'pending', now())`);
  await q(`INSERT INTO policy_imports (id, actor_id, file_name, format, status, started_at)
    VALUES (gen_random_uuid(), ${user('branchadmin.bj')}, 'a.csv', 'csv', 'done', now()),
           (gen_random_uuid(), ${user('branchadmin.sh')}, 'a.csv', 'csv', 'done', now())`);
  // The Shanghai request asks for data outside Beijing too: Beijing's managers approve requests for Beijing's data.
  await q(`INSERT INTO data_share_requests (id, requester_id, data_kind, branch_id, purpose, starts_at, ends_at, state, created_at, updated_at)
    VALUES (gen_random_uuid(), ${user('supervisor.bj')}, 'cases', ${branch('SH')}, '联合回访', now(), now() + interval '7 days', 'requested', now(), now()),
           (gen_random_uuid(), ${user('supervisor.sh')}, 'cases', ${branch('SH01')}, '联合回访', now(), now() + interval '7 days', 'requested', now(), now())`);
  await q(`INSERT INTO duty_swap_requests (id, branch_id, assignment_id, from_user_id, to_user_id, reason, state, created_at)
    SELECT gen_random_uuid(), p.branch_id, a.id, a.user_id, ${user('teamlead.bj')}, '换班', 'pending', now()
    FROM duty_assignments a JOIN duty_plans p ON p.id = a.plan_id
    WHERE p.branch_id = ${branch('BJ')} LIMIT 1`);
  await twin('duty_swap_requests');
  const cookie = await sys.login('claimshandler.bj');
  const policy = await sys.app.inject({
    url: '/api/claim-applications/policy?policyNo=PBJ2026000001',
    headers: { cookie },
  });
  const res = await sys.app.inject({
    method: 'POST',
    url: '/api/claim-applications',
    headers: { cookie, 'idempotency-key': 'idor-claim-application' },
    payload: {
      policyId: policy.json().id,
      claimType: 'motorDamage',
      relation: 'insured',
      applicantName: '李明',
      applicantIdNumber: '110105198503150123',
      applicantPhone: '13800138000',
    },
  });
  if (res.statusCode !== 201) throw new Error(`claim application fixture: ${res.body}`);
  // Its Shanghai twin: the case row and the application row, under a new id.
  const twinId = randomUUID();
  await q(`INSERT INTO cases SELECT (jsonb_populate_record(NULL::cases, to_jsonb(c) || jsonb_build_object(
      'id', '${twinId}', 'branch_id', ${branch('SH')}, 'number', c.number || 'SH'))).*
    FROM cases c WHERE c.id = '${res.json().id}'`);
  await q(`INSERT INTO claim_applications SELECT (jsonb_populate_record(NULL::claim_applications,
      to_jsonb(a) || jsonb_build_object('case_id', '${twinId}'))).*
    FROM claim_applications a WHERE a.case_id = '${res.json().id}'`);
  await seedSurrender(sys, q, branch('SH'));
  await seedLaterKinds(sys);
  // A fraud investigation on a claim of each branch (scoring makes them only for flagged claims).
  for (const code of ['BJ', 'SH'])
    await q(`INSERT INTO fraud_investigations (id, case_id, branch_id, score, signal_codes, created_at, updated_at)
      SELECT gen_random_uuid(), c.id, c.branch_id, 50, '{lateReport}', now(), now() FROM cases c
       JOIN branches b ON b.id = c.branch_id
      WHERE c.kind IN ('claimReport', 'claimApplication') AND b.code LIKE '${code}%'
        AND NOT EXISTS (SELECT 1 FROM fraud_investigations i WHERE i.case_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM fraud_investigations i JOIN branches ib ON ib.id = i.branch_id
                         WHERE ib.code LIKE '${code}%')
      LIMIT 1`);
  await seedFraudRings(sys);
};

/** A flagged ring of each branch (issue 22 part 2), written as the rebuild writes one; no members are needed. */
const seedFraudRings = async (sys: TestSystem) => {
  for (const code of ['BJ', 'SH'])
    await adminQuery(
      `INSERT INTO fraud_rings (id, ring_key, version, active, claims, people, density, reasons, link_kinds,
         total_amount_fen, branch_ids, members_hash, built_for, built_at)
       SELECT gen_random_uuid(), gen_random_uuid(), 1, true, 3, 3, 1, '{dense}', '{phone,address,payee}', 0,
         ARRAY[id], 'fixture', 'full', now() FROM branches WHERE code = '${code}'`,
      sys.dbName,
    );
};

/** A surrender taken in Beijing and its Shanghai twin (the case row and the request row, under a new id). */
const seedSurrender = async (sys: TestSystem, q: (text: string) => Promise<unknown>, shanghai: string) => {
  const cookie = await sys.login('agent.bj');
  const policy = await sys.app.inject({
    url: '/api/policy-services/policy?policyNo=PBJ2026000001',
    headers: { cookie },
  });
  const res = await sys.app.inject({
    method: 'POST',
    url: '/api/surrenders',
    headers: { cookie, 'idempotency-key': 'idor-surrender' },
    payload: {
      policyId: policy.json().policy.id,
      channel: 'phone',
      customerName: '李明',
      reason: 'financialNeed',
    },
  });
  if (res.statusCode !== 201) throw new Error(`surrender fixture: ${res.body}`);
  const twinId = randomUUID();
  await q(`INSERT INTO cases SELECT (jsonb_populate_record(NULL::cases, to_jsonb(c) || jsonb_build_object(
      'id', '${twinId}', 'branch_id', ${shanghai}, 'number', c.number || 'SH'))).*
    FROM cases c WHERE c.id = '${res.json().id}'`);
  await q(`INSERT INTO policy_services SELECT (jsonb_populate_record(NULL::policy_services,
      to_jsonb(s) || jsonb_build_object('case_id', '${twinId}'))).*
    FROM policy_services s WHERE s.case_id = '${res.json().id}'`);
};

/** Knowledge articles and questions, tasks, assessments and training sessions: made through the API in each branch. */
const seedLaterKinds = async (sys: TestSystem) => {
  const post = async (user: string, url: string, payload: Record<string, unknown>) => {
    const cookie = await sys.login(user);
    const res = await sys.app.inject({ method: 'POST', url, headers: { cookie }, payload });
    if (res.statusCode !== 201) throw new Error(`${url} fixture as ${user}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string };
  };
  const idOf = async (username: string) =>
    (await sys.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow())
      .id;
  for (const b of ['bj', 'sh']) {
    await post(`servicemanager.${b}`, '/api/knowledge/articles', {
      category: 'faq',
      title: `${b} 分公司暴雨期间的报案安排`,
      bodyMd: '暴雨期间车辆被淹报案由分公司统一安排查勘。',
      questions: ['下暴雨车被淹了找谁'],
      keywords: ['暴雨'],
    });
    await post(`servicemanager.${b}`, '/api/knowledge/quizzes', {
      title: `${b} 分公司理赔自测`,
      topic: 'productKnowledge',
      passMark: 60,
      published: true,
      questions: [{ id: 'q1', prompt: '车辆出险后多久内报案？', options: ['48小时', '一个月'], answer: 0 }],
    });
    await post(`agent.${b}`, '/api/knowledge/questions', {
      question: '客户车辆在地库被淹后二次启动了，还能赔发动机吗？',
      askedTo: await idOf(`teamlead.${b}`),
    });
    await post(`teamlead.${b}`, '/api/tasks', {
      title: '整理回访名单',
      assigneeId: await idOf(`agent.${b}`),
      workingDays: 3,
    });
    await post(`supervisor.${b}`, '/api/assessments', {
      agentId: await idOf(`agent.${b}01`),
      periodKind: 'month',
      periodKey: '2026-11',
    });
    await post(`servicemanager.${b}`, '/api/training/sessions', {
      topic: 'serviceSkills',
      title: '服务技巧',
      day: '2026-11-20',
      place: '培训室',
    });
    await post(`claimshandler.${b}`, '/api/front-desk/visits', { visitorName: '王五' });
    await post(`servicemanager.${b}`, '/api/front-desk/explanations', {
      topic: 'process',
      title: '理赔流程',
      body: '提交材料后三个工作日内转交。',
    });
    // A catastrophe event over each branch, declared by head office (typhoon mode, issue #19 part 5).
    await post('headoffice.ho', '/api/catastrophes', {
      code: `TY-${b}`,
      name: `${b} 台风`,
      areaBranchIds: [
        (
          await sys.db
            .selectFrom('branches')
            .select('id')
            .where('code', '=', b.toUpperCase())
            .executeTakeFirstOrThrow()
        ).id,
      ],
      perils: ['typhoon'],
      startsAt: '2026-11-01T00:00:00Z',
    });
  }
};
