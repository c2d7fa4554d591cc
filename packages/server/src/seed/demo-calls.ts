import { ROLE_PERMISSIONS, type Role } from '@claimline/domain/access';
import { fixedClock } from '@claimline/domain/core';
import { type Scenario, simulateCall } from '../calls/simulator.ts';
import type { Deps, RequestCtx } from '../http/context.ts';

const MIX: Scenario[] = [
  'standard',
  'claimReport',
  'standard',
  'lateAnswer',
  'forbidden',
  'claimReport',
  'standard',
];

/**
 * Demo calls for the QA desk (C8): agents of every branch get simulated calls over the last 14 days, so the
 * per-agent list and the trend chart have something to show on a fresh start. Same path as the simulator.
 */
export const seedDemoCalls = async (deps: Deps, count: number) => {
  if (count <= 0) return 0;
  const agents = await deps.db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'b.id as branch_id',
      'b.code',
      'b.name',
      'b.path',
    ])
    .where('u.role', '=', 'agent')
    .orderBy('u.username')
    .execute();
  const branches = await deps.db.selectFrom('branches').select(['id', 'path']).execute();
  const now = deps.clock.now().getTime();
  for (let i = 0; i < count && agents.length > 0; i++) {
    const a = agents[i % agents.length]!;
    const role = a.role as Role;
    const endAt = new Date(now - ((i % 14) * 24 + ((i * 5) % 9) + 1) * 3_600_000);
    const ctx: RequestCtx = {
      actor: {
        id: a.id,
        username: a.username,
        displayName: a.display_name,
        role,
        branchId: a.branch_id,
        branchCode: a.code,
        branchName: a.name,
        branchPath: a.path,
        permissions: ROLE_PERMISSIONS[role],
        mustChangePassword: false,
        scope: branches.filter((b) => b.path.startsWith(a.path)).map((b) => b.id),
        sessionHash: 'seed',
      },
      requestId: 'seed',
      ip: '127.0.0.1',
      clock: fixedClock(endAt),
    };
    await simulateCall({ ...deps, clock: ctx.clock }, ctx, MIX[i % MIX.length]!, true, endAt);
  }
  return count;
};
