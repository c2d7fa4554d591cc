import { ROLE_PERMISSIONS, type Role } from '@claimline/domain/access';
import { createPlan, propose, publish } from '../duty/plan-service.ts';
import { createPost, createShift, setSkills } from '../duty/setup-service.ts';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';

/** Who leads a shift: seed 000 第一条 has the team lead, supervisor and service manager take the 值班长 post. */
const LEADS: readonly string[] = ['teamLead', 'supervisor', 'serviceManager'] satisfies Role[];

/** The service manager of a branch, signed in as the desk would have them (seed 000 第一条 draws up the plan). */
const managerOf = async (deps: Deps, branchCode: string): Promise<Actor | null> => {
  const u = await deps.db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select(['u.id', 'u.username', 'u.display_name', 'b.id as bid', 'b.code', 'b.name', 'b.path'])
    .where('u.role', '=', 'serviceManager')
    .where('b.code', '=', branchCode)
    .executeTakeFirst();
  if (!u) return null;
  const branches = await deps.db.selectFrom('branches').select(['id', 'path']).execute();
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: 'serviceManager',
    branchId: u.bid,
    branchCode: u.code,
    branchName: u.name,
    branchPath: u.path,
    permissions: ROLE_PERMISSIONS.serviceManager,
    mustChangePassword: false,
    scope: branches.filter((b) => b.path.startsWith(u.path)).map((b) => b.id),
    sessionHash: 'seed',
  };
};

/**
 * Demo duty roster (issue #16) for the Beijing branch: two posts (专线坐席 08:00–20:00 in two shifts, 值班长
 * 09:00–17:00), the leads' skills, and this month's plan proposed by HiGHS and published, all through the duty
 * services so every step is audited like the manager's own. Only while the branch has no post yet; the solve is
 * small (five people, three shifts) so seeding stays fast.
 */
export const seedDemoDuty = async (deps: Deps) => {
  const actor = await managerOf(deps, 'BJ');
  if (!actor) return false;
  const existing = await deps.db
    .selectFrom('duty_posts')
    .select('id')
    .where('branch_id', '=', actor.branchId)
    .executeTakeFirst();
  if (existing) return false;
  const ctx: RequestCtx = { actor, requestId: 'seed', ip: '127.0.0.1', clock: deps.clock };
  const seat = await createPost(deps, ctx, {
    kind: 'hotlineSeat',
    nameZh: '专线坐席',
    nameEn: 'Hotline seat',
    skills: ['hotline'],
    staffed: [{ start: '08:00', end: '20:00' }],
    minAgents: 1,
  });
  const lead = await createPost(deps, ctx, {
    kind: 'dutyLead',
    nameZh: '值班长',
    nameEn: 'Duty lead',
    skills: ['lead'],
    staffed: [{ start: '09:00', end: '17:00' }],
    minAgents: 1,
  });
  for (const [code, start, end, postId] of [
    ['A', '08:00', '14:00', seat.id],
    ['P', '14:00', '20:00', seat.id],
    ['L', '09:00', '17:00', lead.id],
  ] as const)
    await createShift(deps, ctx, { postId, code, start, end, skills: [] });
  const people = await deps.db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('branch_id', '=', actor.branchId)
    .where('role', 'in', ['agent', 'claimsHandler', ...LEADS])
    .execute();
  for (const p of people)
    await setSkills(deps, ctx, p.id, {
      skills: LEADS.includes(p.role) ? ['hotline', 'lead'] : ['hotline'],
      maxHoursPerWeek: 40,
    });
  // The month in Beijing time (the plan's days are local days).
  const month = new Date(deps.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
  const plan = await createPlan(deps, ctx, { month });
  // Without the forecast: the demo's few calls would only add soft wants; the hard minimum is what must hold.
  const proposal = await propose(deps, ctx, plan.id, { method: 'highs', useForecast: false });
  if (proposal.plan.violations.length === 0) await publish(deps, ctx, plan.id);
  return true;
};
