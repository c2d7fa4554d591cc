import { ROLE_PERMISSIONS, type Role } from '@claimline/domain/access';
import type { CaseEvent } from '@claimline/domain/cases';
import { PRODUCTS } from '@claimline/domain/claims';
import { fixedClock } from '@claimline/domain/core';
import { applyCaseEvent } from '../cases/service.ts';
import { recordNotice, submitMajorReport } from '../claims/follow-up.ts';
import { lookupPolicies } from '../claims/lookup.ts';
import { registerClaimReport } from '../claims/register.ts';
import { registerBody } from '../claims/schema.ts';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';
import {
  MAJOR_SCENARIOS,
  ORDINARY_SCENARIOS,
  REPORTER_NAMES,
  RESOLVE_NOTES,
  SCENE_SCENARIO,
  type Scenario,
  STREETS,
} from './demo-claim-report-scenarios.ts';

/** Deterministic PRNG so every fresh demo holds the same reports (mulberry32). */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BRANCHES = ['BJ', 'BJ01', 'SH', 'SH01'] as const;
type Status = 'new' | 'inProgress' | 'resolved' | 'closed';
type Special = 'majorOpen' | 'majorReported' | 'scene' | 'refused';
type Plan = { scenario: Scenario; branch: string; occurredAt: Date; reportAt: Date; status: Status };
type Candidate = Awaited<ReturnType<typeof loadCandidates>>[number];

/** 44 by default: 40 ordinary reports and one of each special case. */
export const DEFAULT_DEMO_CLAIM_REPORTS = 44;

const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);

/** The agents and claims handlers who take reports at each branch, as the desk would sign them in. */
const loadActors = async (deps: Deps) => {
  const rows = await deps.db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'b.id as bid', 'b.code', 'b.name', 'b.path'])
    .where('u.role', 'in', ['agent', 'claimsHandler'])
    .orderBy('u.username')
    .execute();
  const branches = await deps.db.selectFrom('branches').select(['id', 'path']).execute();
  const byBranch = new Map<string, Actor[]>();
  for (const u of rows) {
    const role = u.role as Role;
    const actor: Actor = {
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      role,
      branchId: u.bid,
      branchCode: u.code,
      branchName: u.name,
      branchPath: u.path,
      permissions: ROLE_PERMISSIONS[role],
      mustChangePassword: false,
      scope: branches.filter((b) => b.path.startsWith(u.path)).map((b) => b.id),
      sessionHash: 'seed',
    };
    byBranch.set(u.code, [...(byBranch.get(u.code) ?? []), actor]);
  }
  return byBranch;
};

/**
 * Generated demo policies only: the named ones (PBJ{year}000001…4, README and E2E) stay free of reports, so a
 * test that registers on them never meets the same-loss rule.
 */
const loadCandidates = async (deps: Deps) =>
  (
    await deps.db
      .selectFrom('policies as p')
      .innerJoin('branches as b', 'b.id', 'p.branch_id')
      .select(['p.id', 'p.policy_no', 'b.code', 'p.product', 'p.covered_perils', 'p.period_start'])
      .select(['p.period_end', 'p.insured_name_enc'])
      .where('p.source', '=', 'demo')
      .orderBy('p.policy_no')
      .execute()
  ).filter((p) => Number(p.policy_no.slice(-6)) >= 100_000);

/** A signed-in desk at a moment of the past: the same services the routes call, on a clock set to then. */
const at = (deps: Deps, actor: Actor, when: Date): { d: Deps; ctx: RequestCtx } => {
  const clock = fixedClock(when);
  return {
    // The local policy copy: seeding never calls the core system.
    d: { ...deps, clock, settings: { ...deps.settings, policySource: 'local' } },
    ctx: { actor, requestId: 'seed', ip: '127.0.0.1', clock },
  };
};

type Detail = { id: string; version: number };

/**
 * Demo claim reports (issue #4), made the way the desk makes them: a look-up by policy number, then the
 * registration with its preliminary check, major-case flag, deadline, scene task, sealed personal data and audit
 * rows, then the case events. Spread over the 30 days before the seeding clock; only when there are none yet.
 */
export const seedDemoClaimReports = async (deps: Deps, count = DEFAULT_DEMO_CLAIM_REPORTS) => {
  if (count <= 0) return 0;
  if (await deps.db.selectFrom('claim_reports').select('case_id').limit(1).executeTakeFirst()) return 0;
  const rand = prng(20261215);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const now = deps.clock.now().getTime();
  const actors = await loadActors(deps);
  const candidates = await loadCandidates(deps);
  const used = new Set<string>();
  const productZh = (key: Scenario['product']) => PRODUCTS.find((p) => p.key === key)?.zh;

  const choosePolicy = (plan: Plan) => {
    const fits = candidates.filter(
      (p) =>
        !used.has(p.id) &&
        p.code === plan.branch &&
        p.product === productZh(plan.scenario.product) &&
        p.covered_perils.includes(plan.scenario.cause) &&
        p.period_start.getTime() <= plan.occurredAt.getTime() &&
        plan.occurredAt.getTime() < p.period_end.getTime(),
    );
    return fits.length > 0 ? fits[Math.floor(rand() * fits.length)] : undefined;
  };

  const register = async (plan: Plan, policy: Candidate, key: string) => {
    const actor = pick(actors.get(policy.code) ?? []);
    const { d, ctx } = at(deps, actor, plan.reportAt);
    const s = plan.scenario;
    const city = policy.code.startsWith('SH') ? 'SH' : 'BJ';
    const found = await lookupPolicies(d, ctx, { by: 'policyNo', value: policy.policy_no });
    const input = registerBody.parse({
      lookupId: found.lookupId,
      policyId: policy.id,
      channel: rand() < 0.8 ? 'phone' : 'walkIn',
      occurredAt: plan.occurredAt.toISOString(),
      place: s.place[city],
      cause: s.cause,
      course: s.course,
      injuryDegree: s.injuryDegree,
      deaths: s.deaths ?? 0,
      injured: s.injured ?? 0,
      measures: s.measures,
      currentState: s.currentState,
      ...(s.hospital ? { hospital: s.hospital[city] } : {}),
      reporterName:
        s.relation === 'self' ? deps.crypto.decrypt(policy.insured_name_enc) : pick(REPORTER_NAMES),
      reporterPhone: `13${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
      reporterAddress: `${pick(STREETS[city])}${1 + Math.floor(rand() * 200)}号${1 + Math.floor(rand() * 12)}号楼${101 + Math.floor(rand() * 20) * 100}`,
      reporterRelation: s.relation,
    });
    const result = await registerClaimReport(d, ctx, input, key);
    return { actor, detail: result.body as Detail };
  };

  /** The case events up to the plan's status, between the report and now, as the owner makes them. */
  const work = async (actor: Actor, detail: Detail, plan: Plan, note: string) => {
    const steps: [CaseEvent, Status][] = [
      ['start', 'inProgress'],
      ['resolve', 'resolved'],
      ['close', 'closed'],
    ];
    const order: Status[] = ['new', 'inProgress', 'resolved', 'closed'];
    const age = now - plan.reportAt.getTime();
    let version = detail.version;
    for (const [i, [event, reaches]] of steps.entries()) {
      if (order.indexOf(reaches) > order.indexOf(plan.status)) break;
      const { d, ctx } = at(deps, actor, minute(plan.reportAt.getTime() + age * [0.05, 0.5, 0.8][i]!));
      const input = { event, version, ...(event === 'resolve' ? { note } : {}) };
      version = (await applyCaseEvent(d, ctx, detail.id, input)).version;
    }
  };

  const specials: [Special, Plan][] = [
    ['majorOpen', { scenario: MAJOR_SCENARIOS[0]!, branch: 'BJ', status: 'new', ...times(now, 5, 1.5) }],
    [
      'majorReported',
      { scenario: MAJOR_SCENARIOS[1]!, branch: 'SH', status: 'inProgress', ...times(now, 6 * 24 + 3, 2) },
    ],
    ['scene', { scenario: SCENE_SCENARIO, branch: 'BJ01', status: 'inProgress', ...times(now, 52, 1) }],
  ];
  let made = 0;
  for (const [special, plan] of specials) {
    const policy = choosePolicy(plan);
    if (!policy) continue;
    used.add(policy.id);
    const { actor, detail } = await register(plan, policy, `demo-claim-report-${special}`);
    made += 1;
    if (special === 'majorReported') {
      const { d, ctx } = at(deps, actor, new Date(plan.reportAt.getTime() + 5 * HOUR));
      await submitMajorReport(d, ctx, detail.id, {
        summary: `${plan.scenario.course}已通知承保公司查勘，家属情绪稳定。`,
        measuresTaken: '已派员赶赴现场并联系交警',
        estimatedLossYuan: 1_200_000,
        reportedTo: '总公司理赔管理部',
      });
    }
    await work(actor, detail, plan, RESOLVE_NOTES[0]!);
  }
  made += await seedRefused(deps, candidates, used, now, register, work);

  for (let i = 0; made < count && i < count * 3; i++) {
    const ageHours = 1 + rand() * (30 * 24 - 2);
    const ageDays = ageHours / 24;
    const status: Status =
      ageDays < 1
        ? 'new'
        : ageDays < 4
          ? pick(['new', 'inProgress'])
          : ageDays < 12
            ? pick(['inProgress', 'resolved'])
            : rand() < 0.8
              ? 'closed'
              : 'resolved';
    const plan: Plan = {
      scenario: ORDINARY_SCENARIOS[i % ORDINARY_SCENARIOS.length]!,
      branch: BRANCHES[i % BRANCHES.length]!,
      status,
      ...times(now, ageHours, 0.5 + rand() * 30),
    };
    const policy = choosePolicy(plan);
    if (!policy) continue;
    used.add(policy.id);
    const { actor, detail } = await register(plan, policy, `demo-claim-report-${i}`);
    await work(actor, detail, plan, pick(RESOLVE_NOTES));
    made += 1;
  }
  return made;
};

/** Report `ageHours` before now of an accident `delayHours` before the report, on whole minutes. */
const times = (now: number, ageHours: number, delayHours: number) => {
  const reportAt = minute(now - ageHours * HOUR);
  return { reportAt, occurredAt: minute(reportAt.getTime() - delayHours * HOUR) };
};

/**
 * A motor accident two days after the policy ran out: the preliminary check refuses it (seed 003 信息初步审核 1),
 * the written notice is given, copies archived and originals returned, and the report is closed.
 */
const seedRefused = async (
  deps: Deps,
  candidates: Candidate[],
  used: Set<string>,
  now: number,
  register: (plan: Plan, policy: Candidate, key: string) => Promise<{ actor: Actor; detail: Detail }>,
  work: (actor: Actor, detail: Detail, plan: Plan, note: string) => Promise<void>,
) => {
  const scenario = ORDINARY_SCENARIOS[0]!;
  const policy = candidates.find(
    (p) =>
      !used.has(p.id) &&
      p.product === PRODUCTS.find((x) => x.key === scenario.product)?.zh &&
      p.period_end.getTime() + 2 * DAY + 14 * HOUR < now &&
      p.period_end.getTime() > now - 25 * DAY,
  );
  if (!policy) return 0;
  used.add(policy.id);
  const occurredAt = minute(policy.period_end.getTime() + 2 * DAY + 10 * HOUR);
  const plan: Plan = {
    scenario,
    branch: policy.code,
    occurredAt,
    reportAt: new Date(occurredAt.getTime() + 3 * HOUR),
    status: 'closed',
  };
  const { actor, detail } = await register(plan, policy, 'demo-claim-report-refused');
  const { d, ctx } = at(deps, actor, new Date(plan.reportAt.getTime() + HOUR));
  const after = await recordNotice(d, ctx, detail.id, { copiesArchived: true, originalsReturned: true });
  await work(
    actor,
    { id: detail.id, version: after.version },
    plan,
    '出险日期不在保险期间内，已出具不予受理通知书，资料复印存档，原件已退还客户。',
  );
  return 1;
};
