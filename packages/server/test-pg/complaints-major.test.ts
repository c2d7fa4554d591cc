import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, type Detail, tools } from './complaints-support.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/** 银行业保险业消费投诉处理管理办法 (2020) art. 29 (major complaints) and art. 12 (representatives), over the API. */
let sys: TestSystem;
let t: ReturnType<typeof tools>;
beforeAll(async () => {
  sys = await testSystem();
  t = tools(sys);
});
afterAll(() => sys.close());

type Major = Detail & {
  complaint: Detail['complaint'] & {
    majorReasons: string[];
    complainantCount: number;
    handlerRole: string | null;
  };
};
const created = async (res: { statusCode: number; body: string; json(): unknown }) => {
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Major;
};
const reportsOf = async (caseId: string) =>
  sys.db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['u.username', 'n.message_zh'])
    .where('n.case_id', '=', caseId)
    .where('n.kind', '=', 'report')
    .execute();

const group = (complainantCount: number, channel = 'walkIn') =>
  complaintBody({ channel, complainantCount, representatives: 3, subject: '多名客户集体投诉退保' });

describe('major complaints (art. 29)', () => {
  it('20 complainants face to face make a major complaint, reported to head office and given to the supervisor', async () => {
    const cookie = await t.at('2026-11-16 09:00');
    const d = await created(await t.intake(cookie, group(20)));
    expect(d.complaint).toMatchObject({ majorReasons: ['groupFaceToFace'], complainantCount: 20 });
    const reports = await reportsOf(d.id);
    expect(reports.map((r) => r.username)).toEqual(['headoffice.ho']);
    expect(reports[0]?.message_zh).toContain('20名以上投诉人面谈');
    expect(d.events.map((e) => e.type)).toContain('majorComplaint');
    const ho = await t.at('2026-11-16 09:05', 'headoffice.ho');
    const inbox = (await t.get(ho, '/api/notifications')).json() as {
      items: { kind: string; caseId: string }[];
    };
    expect(inbox.items).toContainEqual(expect.objectContaining({ kind: 'report', caseId: d.id }));

    const lead = await t.at('2026-11-16 09:10', 'teamlead.bj');
    const classified = await t.event(lead, d.id, {
      event: 'classify',
      version: d.version,
      urgency: 'normal',
      complexity: 'simple',
    });
    expect(classified.statusCode, classified.body).toBe(200);
    expect((classified.json() as Major).complaint.handlerRole).toBe('supervisor');
    // Reported once: classifying again does not report the same reasons twice.
    expect(await reportsOf(d.id)).toHaveLength(1);
  });

  it('19 face to face, or 50 by phone, is not a group complaint under art. 29', async () => {
    const cookie = await t.at('2026-11-16 10:00');
    const nineteen = await created(await t.intake(cookie, group(19)));
    expect(nineteen.complaint.majorReasons).toEqual([]);
    const byPhone = await created(
      await t.intake(cookie, complaintBody({ channel: 'phone', complainantCount: 50 })),
    );
    expect(byPhone.complaint.majorReasons).toEqual([]);
    expect(await reportsOf(nineteen.id)).toEqual([]);
    expect(await reportsOf(byPhone.id)).toEqual([]);
  });

  it('a face-to-face group speaks through at most 5 representatives (art. 12), with a field error in both languages', async () => {
    const cookie = await t.at('2026-11-16 11:00');
    const res = await t.intake(
      cookie,
      complaintBody({ channel: 'walkIn', complainantCount: 30, representatives: 6 }),
    );
    expect(res.statusCode).toBe(400);
    const detail = res.json().error.details[0];
    expect(detail.path).toBe('representatives');
    expect(detail.message).toContain('代表人数不超过5名');
  });

  it('the regulator designates a complaint major after intake: reported then, and handled by the supervisor', async () => {
    const cookie = await t.at('2026-11-17 09:00');
    const d = await created(
      await t.intake(
        cookie,
        complaintBody({ source: 'regulator', regulatorRef: 'BJJR-2026-0099', channel: 'letter' }),
      ),
    );
    expect(d.complaint.majorReasons).toEqual([]);
    const lead = await t.at('2026-11-17 10:00', 'teamlead.bj');
    const res = await t.event(lead, d.id, {
      event: 'classify',
      version: d.version,
      urgency: 'urgent',
      complexity: 'simple',
      regulatorDesignated: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Major;
    expect(after.complaint).toMatchObject({
      majorReasons: ['regulatorDesignated'],
      handlerRole: 'supervisor',
    });
    expect((await reportsOf(d.id)).map((r) => r.message_zh)).toEqual([
      expect.stringContaining('监管机构认定'),
    ]);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select('details')
      .where('object_id', '=', d.id)
      .where('action', '=', 'complaint.majorComplaint')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ reasons: ['regulatorDesignated'], reportedTo: 1 });
  });

  it('a disaster-related complaint by phone is major on intake', async () => {
    const cookie = await t.at('2026-11-18 09:00');
    const d = await created(
      await t.intake(cookie, complaintBody({ disasterRelated: true, subject: '台风后理赔慢' })),
    );
    expect(d.complaint.majorReasons).toEqual(['disaster']);
    expect(await reportsOf(d.id)).toHaveLength(1);
  });
});
