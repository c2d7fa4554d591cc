import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem();
});
afterAll(() => sys.close());

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const at = async (local: string, user: string) => {
  sys.clock.set(bj(local));
  return sys.login(user);
};
const call = (
  cookie: string,
  method: 'GET' | 'PUT' | 'POST',
  url: string,
  payload?: Record<string, unknown>,
) => sys.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });

type CalendarSummary = {
  id: string;
  kind: string;
  editable: boolean;
  publishedYears: number[];
  needsNextYearNotice: boolean;
  version: number;
};

const NOTICE_2027 = [
  'date,type,name',
  '2027-01-01,holiday,元旦',
  '2027-02-06,holiday,春节',
  '2027-02-07,holiday,春节',
  '2027-02-08,holiday,春节',
  '2027-02-09,holiday,春节',
  '2027-02-10,holiday,春节',
  '2027-02-11,holiday,春节',
  '2027-02-12,holiday,春节',
  '2027-02-20,上班,春节',
].join('\n');

describe('calendar administration', () => {
  it('shows the national calendar to every administrator, editable from head office only', async () => {
    const ho = await at('2026-11-22 10:00', 'headoffice.ho');
    const all = (await call(ho, 'GET', '/api/calendars')).json();
    expect(all.today).toBe('2026-11-22');
    const byId = new Map<string, CalendarSummary>(all.items.map((c: CalendarSummary) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual(['BR-BJ', 'BR-SH', 'CN']);
    // From 1 November, a missing notice for next year is due (the State Council publishes it in November).
    expect(byId.get('CN')).toMatchObject({ kind: 'national', editable: true, needsNextYearNotice: true });
    expect(byId.get('CN')?.publishedYears).toContain(2026);
    expect(byId.get('CN')?.publishedYears).not.toContain(2027);
    const bjAdmin = await at('2026-11-22 10:00', 'branchadmin.bj');
    const mine = (await call(bjAdmin, 'GET', '/api/calendars')).json();
    expect(mine.items.map((c: CalendarSummary) => [c.id, c.editable])).toEqual([
      ['CN', false],
      ['BR-BJ', true],
    ]);
    const october = (await call(bjAdmin, 'GET', '/api/calendars/CN/days?year=2026')).json();
    expect(october.days).toContainEqual({ day: '2026-10-01', type: 'holiday', name: '国庆节' });
    expect(october.days).toContainEqual({ day: '2026-10-10', type: 'makeUpWorkday', name: '国庆节' });
    expect((await call(bjAdmin, 'GET', '/api/calendars/BR-SH/days?year=2026')).statusCode).toBe(404);
    const agent = await at('2026-11-22 10:00', 'agent.bj');
    expect((await call(agent, 'GET', '/api/calendars')).statusCode).toBe(403);
  });

  it('a branch closing day moves its open deadlines, and its sub-branches follow it', async () => {
    const agent = await at('2026-09-30 17:00', 'agent.bj01');
    const c = (await createCase(sys, agent)).json();
    expect(c.deadlines[0].dueAt).toBe(bj('2026-10-08 10:00'));
    const bjAdmin = await at('2026-09-30 17:05', 'branchadmin.bj');
    const wrongType = await call(bjAdmin, 'PUT', '/api/calendars/BR-BJ/days/2026-10-08', { type: 'holiday' });
    expect(wrongType.json().error.code).toBe('CALENDAR_DAY_TYPE_INVALID');
    const notTheirs = await call(bjAdmin, 'PUT', '/api/calendars/CN/days/2026-10-08', { type: 'holiday' });
    expect([notTheirs.statusCode, notTheirs.json().error.code]).toEqual([403, 'CALENDAR_READ_ONLY']);
    const closed = await call(bjAdmin, 'PUT', '/api/calendars/BR-BJ/days/2026-10-08', {
      type: 'closed',
      name: '分公司停业',
    });
    expect(closed.json()).toMatchObject({ type: 'closed', movedDeadlines: 1 });
    const moved = (await call(agent, 'GET', `/api/cases/${c.id}`)).json();
    expect(moved.deadlines[0].dueAt).toBe(bj('2026-10-09 10:00'));
    const sh = await at('2026-09-30 17:00', 'agent.sh');
    expect((await createCase(sys, sh)).json().deadlines[0].dueAt).toBe(bj('2026-10-08 10:00'));
    const stale = await call(bjAdmin, 'PUT', '/api/calendars/BR-BJ/days/2026-10-08', {
      type: null,
      version: 1,
    });
    expect(stale.json().error.code).toBe('CALENDAR_VERSION_CONFLICT');
    const cleared = await call(bjAdmin, 'PUT', '/api/calendars/BR-BJ/days/2026-10-08', { type: null });
    expect(cleared.json()).toMatchObject({ type: null, movedDeadlines: 1 });
    const back = (await call(agent, 'GET', `/api/cases/${c.id}`)).json();
    expect(back.deadlines[0].dueAt).toBe(bj('2026-10-08 10:00'));
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_id', '=', 'BR-BJ')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['calendar.day.set', 'calendar.day.set']);
  });

  it('refuses a make-up workday on a weekday, with the reason', async () => {
    const ho = await at('2026-11-22 10:00', 'headoffice.ho');
    const res = await call(ho, 'PUT', '/api/calendars/CN/days/2026-12-02', { type: 'makeUpWorkday' });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'CALENDAR_INVALID']);
    const days = (await call(ho, 'GET', '/api/calendars/CN/days?year=2026')).json().days;
    expect(days.some((d: { day: string }) => d.day === '2026-12-02')).toBe(false);
  });

  it("imports next year's notice: preview changes nothing, apply publishes it and moves flagged deadlines", async () => {
    const agent = await at('2026-12-31 17:00', 'agent.sh');
    const c = (await createCase(sys, agent)).json();
    expect(c.deadlines[0]).toMatchObject({ dueAt: bj('2027-01-01 10:00'), calendarNotPublished: true });

    const ho = await at('2026-12-31 17:10', 'headoffice.ho');
    const preview = await call(ho, 'POST', '/api/calendars/CN/import/preview', {
      format: 'csv',
      text: NOTICE_2027,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ years: [2027], removed: [], changedType: [], unchanged: 0 });
    expect(preview.json().added).toHaveLength(9);
    expect(preview.json().added[8]).toEqual({ date: '2027-02-20', type: 'makeUpWorkday', name: '春节' });
    const still = (await call(agent, 'GET', `/api/cases/${c.id}`)).json();
    expect(still.deadlines[0].calendarNotPublished).toBe(true);

    const bad = await call(ho, 'POST', '/api/calendars/CN/import/preview', {
      format: 'csv',
      text: 'date,type,name\n2027-02-17,上班,春节\n2027-13-01,holiday,x',
    });
    expect(bad.json().error).toMatchObject({ code: 'CALENDAR_IMPORT_INVALID' });
    expect(bad.json().error.details.errors.map((e: { row: number }) => e.row)).toEqual([2, 3]);
    const intoBranch = await call(ho, 'POST', '/api/calendars/BR-SH/import/preview', {
      format: 'csv',
      text: NOTICE_2027,
    });
    expect(intoBranch.json().error.code).toBe('CALENDAR_NOT_NATIONAL');

    const version = preview.json().version;
    const applied = await call(ho, 'POST', '/api/calendars/CN/import', {
      format: 'csv',
      text: NOTICE_2027,
      version,
    });
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ version: version + 1, movedDeadlines: expect.any(Number) });
    expect(applied.json().calendar.publishedYears).toContain(2027);
    expect(applied.json().calendar.needsNextYearNotice).toBe(false);
    // New Year's Day off, then the weekend: the first response is due on Monday 4 January, no longer provisional.
    const after = (await call(agent, 'GET', `/api/cases/${c.id}`)).json();
    expect(after.deadlines[0]).toMatchObject({ dueAt: bj('2027-01-04 10:00'), calendarNotPublished: false });

    const again = await call(ho, 'POST', '/api/calendars/CN/import', {
      format: 'csv',
      text: NOTICE_2027,
      version,
    });
    expect(again.json().error.code).toBe('CALENDAR_VERSION_CONFLICT');
    const rerun = await call(ho, 'POST', '/api/calendars/CN/import/preview', {
      format: 'csv',
      text: NOTICE_2027,
    });
    expect(rerun.json()).toMatchObject({ added: [], unchanged: 9 });
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_id', '=', 'CN')
      .where('action', '=', 'calendar.import')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ years: [2027], added: 9, format: 'csv' });
  });

  it('accepts the notice as JSON too', async () => {
    const ho = await at('2026-12-31 17:20', 'headoffice.ho');
    const json = JSON.stringify([{ date: '2027-01-01', type: 'holiday', name: '元旦节' }]);
    const preview = (
      await call(ho, 'POST', '/api/calendars/CN/import/preview', { format: 'json', text: json })
    ).json();
    expect(preview.renamed).toEqual([{ date: '2027-01-01', from: '元旦', to: '元旦节' }]);
    expect(preview.removed).toHaveLength(8);
  });
});
