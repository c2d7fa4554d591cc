import { periodProblem } from '@claimline/domain/analytics';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import * as repo from './repository.ts';
import type { drillQuery, filterQuery } from './schema.ts';

/** Rows a bar opens, at most (the answer says how many there are in all); an export gives more. */
export const DRILL_LIMIT = 200;

/** The filter checked: a period of a year at most, a branch inside the caller's scope. */
export const filterOf = (ctx: RequestCtx, q: z.infer<typeof filterQuery>): repo.AnalyticsFilter => {
  if (periodProblem(q.from, q.to)) throw new AppError('ANALYTICS_PERIOD_INVALID');
  if (q.branchId && !ctx.actor.scope.includes(q.branchId)) throw new AppError('ANALYTICS_BRANCH_NOT_FOUND');
  return {
    scope: ctx.actor.scope,
    branchId: q.branchId ?? null,
    product: q.product ?? null,
    from: q.from,
    to: q.to,
    now: ctx.clock.now(),
  };
};

const basisOf = (key: string) =>
  key.startsWith('contract:')
    ? { source: 'contract' as const, text: key.slice('contract:'.length) }
    : { source: 'law' as const, text: key.slice('law:'.length) };

export const serviceDashboard = async (deps: Deps, ctx: RequestCtx, q: z.infer<typeof filterQuery>) => {
  const f = filterOf(ctx, q);
  const [cycle, waiting, refusals, complaints, products] = await Promise.all([
    repo.cycleTimes(deps.db, f),
    repo.waiting(deps.db, f),
    repo.refusals(deps.db, f),
    repo.complaintsByProduct(deps.db, f),
    repo.products(deps.db, ctx.actor.scope),
  ]);
  return {
    products,
    cycle: cycle.map((c) => ({
      state: c.state,
      count: c.n,
      avgHours: c.avg_h,
      p50Hours: c.p50_h,
      p90Hours: c.p90_h,
    })),
    waiting: waiting.map((w) => ({ state: w.state, bucket: w.bucket, count: w.n })),
    refusals: refusals.map((r) => ({
      product: r.product,
      key: r.basis,
      basis: basisOf(r.basis),
      count: r.n,
    })),
    complaints: complaints.map((c) => ({ product: c.product, category: c.category, count: c.n })),
  };
};

export const drillSpecOf = (q: z.infer<typeof drillQuery>): repo.DrillSpec => {
  switch (q.chart) {
    case 'cycle':
      return { chart: 'cycle', state: q.state ?? 'received' };
    case 'waiting':
      return { chart: 'waiting', state: q.state ?? 'received', bucket: q.bucket ?? null };
    case 'refusals':
      return { chart: 'refusals', product: q.rowProduct ?? null, basis: q.basis ?? null };
    case 'complaints':
      return { chart: 'complaints', product: q.rowProduct ?? null, category: q.category ?? null };
  }
};

export const serviceRows = (
  deps: Deps,
  ctx: RequestCtx,
  q: z.infer<typeof drillQuery>,
  limit = DRILL_LIMIT,
) => repo.drill(deps.db, filterOf(ctx, q), drillSpecOf(q), limit);
