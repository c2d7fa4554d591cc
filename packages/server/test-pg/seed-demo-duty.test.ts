import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDuty } from '../src/seed/demo-duty.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/** Issue #16 demo data: Beijing's posts, shifts, skills and this month's plan, published through the services. */
let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem();
});
afterAll(() => sys.close());

describe('demo duty roster', () => {
  it('publishes this month for BJ with no violation, audited, and agent.bj has shifts; a second run adds nothing', async () => {
    const started = performance.now();
    expect(await seedDemoDuty(sys.deps)).toBe(true);
    expect(performance.now() - started).toBeLessThan(15_000);
    const mgr = await sys.login('servicemanager.bj');
    const res = await sys.app.inject({ url: '/api/duty/plans?month=2026-11', headers: { cookie: mgr } });
    const plan = (res.json() as { plan: { state: string; violations: unknown[]; assignments: unknown[] } })
      .plan;
    expect(plan).toMatchObject({ state: 'published', violations: [] });
    expect(plan.assignments.length).toBeGreaterThan(60);
    const audited = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'duty.%')
      .execute();
    expect(new Set(audited.map((a) => a.action))).toEqual(
      new Set([
        'duty.post.create',
        'duty.shift.create',
        'duty.skills.set',
        'duty.plan.create',
        'duty.plan.propose',
        'duty.plan.publish',
      ]),
    );
    const agent = await sys.login('agent.bj');
    const mine = await sys.app.inject({ url: '/api/duty/my-shifts', headers: { cookie: agent } });
    expect((mine.json() as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect(await seedDemoDuty(sys.deps)).toBe(false);
  });
});
