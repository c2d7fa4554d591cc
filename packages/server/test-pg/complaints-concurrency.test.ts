import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Detail, tools } from './complaints-support.ts';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let t: ReturnType<typeof tools>;
beforeAll(async () => {
  sys = await testSystem();
  t = tools(sys);
});
afterAll(() => sys.close());

const ok = async (res: { statusCode: number; body: string; json(): unknown }) => {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as Detail;
};

/**
 * The move runner locks the complaint and checks the version it was shown: of ten identical moves sent at once
 * with one version, one is made and the others are told the complaint changed; the move leaves one trace.
 */
describe('concurrent moves on one complaint', () => {
  it('ten identical assignments with one version: one 200, nine 409, one timeline event and one audit row', async () => {
    const lead = await t.at('2026-11-23 09:30', 'teamlead.bj');
    let d = await ok(await t.intake(lead));
    d = await ok(
      await t.event(lead, d.id, {
        event: 'classify',
        version: d.version,
        urgency: 'normal',
        complexity: 'simple',
      }),
    );
    expect(d.complaint.state).toBe('classified');
    const leadId = await t.userId('teamlead.bj');
    const move = { event: 'assign', version: d.version, assigneeId: leadId, note: '由组长处理' };
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.event(lead, d.id, move)));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([200, ...Array<number>(9).fill(409)]);
    for (const a of answers.filter((x) => x.statusCode === 409))
      expect(a.json().error.code).toBe('VERSION_CONFLICT');

    const after = await ok(await t.get(lead, `/api/complaints/${d.id}`));
    expect(after.complaint.state).toBe('assigned');
    expect(after.version).toBe(d.version + 1);
    expect(after.events.filter((e) => e.type === 'assign')).toHaveLength(1);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_id', '=', d.id)
      .where('action', '=', 'complaint.assign')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ number: d.number, to: leadId });
  });
});
