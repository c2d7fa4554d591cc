import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

/**
 * Issue #21 part 6: after the demo seed, every open complaint and every open case still owing the step its clock
 * measures carries an open deadline, computed by the live rules on the business calendar.
 */
let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 300, demoDeadlines: true, clockAt: '2026-11-23T02:00:00Z' });
});
afterAll(() => sys.close());

describe('demo deadlines', () => {
  it('every open complaint and case has an open deadline', async () => {
    const open = await sql<{ id: string; kind: string; status: string; open: number; all: number }>`
      SELECT c.id, c.kind, c.status,
             (SELECT count(*)::int FROM deadlines d WHERE d.case_id = c.id AND d.met_at IS NULL) AS open,
             (SELECT count(*)::int FROM deadlines d WHERE d.case_id = c.id) AS all
        FROM cases c
       WHERE c.status IN ('new', 'inProgress')
         AND c.kind IN (SELECT case_kind FROM deadline_rules WHERE starts_on = 'caseCreated' AND active)`.execute(
      sys.db,
    );
    const complaints = open.rows.filter((r) => r.kind === 'complaint');
    expect(complaints.length).toBeGreaterThan(0);
    expect(open.rows.filter((r) => r.open === 0)).toEqual([]);
    // An open complaint's 时效 card shows the decision clock (办法 2020 art. 18), due 15 days after it was received.
    const clocks = await sql<{ kind: string; due: Date; created: Date }>`
      SELECT d.kind, d.due_at AS due, c.created_at AS created
        FROM deadlines d JOIN cases c ON c.id = d.case_id JOIN complaints x ON x.case_id = c.id
       WHERE x.state <> 'closed'`.execute(sys.db);
    expect(clocks.rows.length).toBeGreaterThanOrEqual(complaints.length);
    for (const r of clocks.rows.filter((x) => x.kind === 'complaintDecision'))
      expect(r.due.getTime() - r.created.getTime()).toBeGreaterThan(14 * 86_400_000);
  });

  it('a consultation already answered has met its first-response clock when it was answered', async () => {
    const answered = await sql<{ met: Date | null; answered: Date }>`
      SELECT d.met_at AS met, e.at AS answered
        FROM cases c JOIN deadlines d ON d.case_id = c.id
        JOIN case_events e ON e.case_id = c.id AND e.type = 'answer'
       WHERE c.kind = 'consultation' AND c.status IN ('answered', 'resolved')`.execute(sys.db);
    expect(answered.rows.length).toBeGreaterThan(0);
    for (const r of answered.rows) expect(r.met?.getTime()).toBe(r.answered.getTime());
  });
});
