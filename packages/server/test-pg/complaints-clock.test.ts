import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../src/jobs/deadline-sweeper.ts';
import { bj, complaintBody, type Detail, tools } from './complaints-support.ts';
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
const decisionDue = (d: Detail) => d.deadlines.find((x) => x.kind === 'complaintDecision')?.dueAt;

const pdfText = async (bytes: Buffer) => {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(''));
  }
  return parts.join('\n');
};

describe('complaint numbering under concurrency', () => {
  it('gives 25 simultaneous intakes of one branch and day the numbers 0001–0025, no gap, no repeat', async () => {
    const cookie = await t.at('2026-12-01 09:00');
    const results = await Promise.all(Array.from({ length: 25 }, () => t.intake(cookie)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(25).fill(201));
    const numbers = results.map((r) => (r.json() as Detail).number).sort();
    expect(numbers).toEqual(
      Array.from({ length: 25 }, (_, i) => `TSBJ20261201${String(i + 1).padStart(4, '0')}`),
    );
  });

  it('a refused intake returns its number: the next one follows without a gap', async () => {
    const cookie = await t.at('2026-12-02 09:00');
    expect((await ok(await t.intake(cookie))).number).toBe('TSBJ202612020001');
    // Passes validation, then fails inside the transaction after the counter was bumped.
    const refused = await t.intake(
      cookie,
      complaintBody({ complainedUserId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(refused.json().error.code).toBe('COMPLAINED_USER_INVALID');
    expect((await ok(await t.intake(cookie))).number).toBe('TSBJ202612020002');
  });

  it('numbers per branch and per local day: Shanghai and the next Beijing day start again at 0001', async () => {
    const sh = await t.at('2026-12-02 23:59', 'agent.sh');
    expect((await ok(await t.intake(sh))).number).toBe('TSSH202612020001');
    const next = await t.at('2026-12-03 00:00', 'agent.sh');
    expect((await ok(await t.intake(next))).number).toBe('TSSH202612030001');
  });

  it('replays an intake retried with the same key instead of numbering it twice', async () => {
    const cookie = await t.at('2026-12-04 09:00');
    const [a, b] = await Promise.all([
      t.intake(cookie, complaintBody(), 'same-key-1234'),
      t.intake(cookie, complaintBody(), 'same-key-1234'),
    ]);
    expect((a!.json() as Detail).number).toBe((b!.json() as Detail).number);
  });
});

describe('regulatory clock at holiday boundaries', () => {
  it('15 natural days ending in the National Day holiday end on 5 October (办法 art. 43); the extensions count from receipt', async () => {
    const cookie = await t.at('2026-09-20 10:00');
    let d = await ok(await t.intake(cookie, complaintBody({ committedReplyHours: 48 })));
    expect(decisionDue(d)).toBe(bj('2026-10-06 00:00'));
    // The promised 48 hours are elapsed hours, holidays or not.
    expect(d.deadlines.find((x) => x.kind === 'complaintReply')?.dueAt).toBe(bj('2026-09-22 10:00'));
    const lead = await t.at('2026-09-20 10:30', 'teamlead.bj');
    d = await ok(
      await t.event(lead, d.id, {
        event: 'classify',
        version: d.version,
        urgency: 'normal',
        complexity: 'veryComplex',
      }),
    );
    d = await ok(await t.event(lead, d.id, { event: 'assign', version: d.version }));
    const handlerName = d.events.at(-1)?.data.toName as string;
    const handler = await sys.db
      .selectFrom('users')
      .select('username')
      .where('display_name', '=', handlerName)
      .executeTakeFirstOrThrow();
    let h = await t.at('2026-09-21 09:00', handler.username);
    d = await ok(await t.event(h, d.id, { event: 'startInvestigation', version: d.version }));
    d = await ok(await t.event(h, d.id, { event: 'requestExtension', version: d.version, note: '情况复杂' }));
    // The router gave it to a supervisor (very complex); someone else with the level approves.
    expect(handler.username).toBe('supervisor.bj');
    const sup = await t.at('2026-09-22 09:00', 'branchadmin.bj');
    d = await ok(await t.event(sup, d.id, { event: 'approveExtension', version: d.version }));
    // 30 days: 20 Sep + 30 = Tue 20 Oct.
    expect(decisionDue(d)).toBe(bj('2026-10-21 00:00'));
    h = await t.at('2026-10-12 09:00', handler.username);
    // The second extension must be notified to the complainant, and needs head office.
    expect(
      (await t.event(h, d.id, { event: 'requestExtension', version: d.version, note: '需外部鉴定' })).json()
        .error.code,
    ).toBe('EXTENSION_NOTICE_REQUIRED');
    d = await ok(
      await t.event(h, d.id, {
        event: 'requestExtension',
        version: d.version,
        note: '需外部鉴定',
        noticeChannel: 'phone',
      }),
    );
    expect(d.approvals.at(-1)).toMatchObject({ requiredLevel: 'headOffice' });
    const sup2 = await t.at('2026-10-12 10:00', 'supervisor.bj');
    expect((await t.event(sup2, d.id, { event: 'approveExtension', version: d.version })).statusCode).toBe(
      403,
    );
    const ho = await t.at('2026-10-12 11:00', 'headoffice.ho');
    d = await ok(await t.event(ho, d.id, { event: 'approveExtension', version: d.version }));
    // 60 days: 20 Sep + 60 = Thu 19 Nov.
    expect(decisionDue(d)).toBe(bj('2026-11-20 00:00'));
    const h2 = await t.at('2026-10-12 12:00', handler.username);
    expect(
      (await t.event(h2, d.id, { event: 'requestExtension', version: d.version, note: 'x' })).json().error
        .code,
    ).toBe('EXTENSION_NOT_AVAILABLE');
  });

  it('15 natural days ending in the Spring Festival holiday end inside it; an extension asked for after the limit is refused', async () => {
    const cookie = await t.at('2026-01-31 09:00');
    let d = await ok(await t.intake(cookie));
    expect(decisionDue(d)).toBe(bj('2026-02-16 00:00'));
    const lead = await t.at('2026-01-31 09:30', 'teamlead.bj');
    d = await ok(
      await t.event(lead, d.id, {
        event: 'classify',
        version: d.version,
        urgency: 'urgent',
        complexity: 'complex',
      }),
    );
    d = await ok(
      await t.event(lead, d.id, {
        event: 'assign',
        version: d.version,
        assigneeId: await t.userId('teamlead.bj'),
      }),
    );
    d = await ok(await t.event(lead, d.id, { event: 'startInvestigation', version: d.version }));
    const late = await t.at('2026-02-16 00:00', 'teamlead.bj');
    expect(
      (await t.event(late, d.id, { event: 'requestExtension', version: d.version, note: '晚了' })).json()
        .error.code,
    ).toBe('EXTENSION_TOO_LATE');
  });
});

describe('overdue complaints escalate through the sweeper', () => {
  it('warns before the decision limit, breaches at it, then goes up the chain one step a day', async () => {
    const cookie = await t.at('2026-11-02 10:00');
    const d = await ok(await t.intake(cookie, complaintBody({ committedReplyHours: undefined })));
    expect(decisionDue(d)).toBe(bj('2026-11-18 00:00'));
    sys.clock.set(bj('2026-11-16 00:00'));
    expect((await sweepOnce({ db: sys.db, clock: sys.clock })).warned).toBeGreaterThanOrEqual(1);
    sys.clock.set(bj('2026-11-18 00:00'));
    await sweepOnce({ db: sys.db, clock: sys.clock });
    sys.clock.set(bj('2026-11-19 00:00'));
    await sweepOnce({ db: sys.db, clock: sys.clock });
    const after = await ok(await t.get(await t.at('2026-11-19 00:05'), `/api/complaints/${d.id}`));
    expect(after.deadlines.find((x) => x.kind === 'complaintDecision')).toMatchObject({
      state: 'escalated',
      escalationLevel: 2,
    });
    expect(after.events.map((e) => e.type)).toEqual(['created', 'deadlineBreached', 'deadlineEscalated']);
    const board = (await t.get(await t.at('2026-11-19 00:10', 'teamlead.bj'), '/api/complaints')).json();
    expect(board.items.find((i: { id: string }) => i.id === d.id).deadlines[0]).toMatchObject({
      escalationLevel: 2,
    });
  });
});

describe('decision letter', () => {
  it('is a Chinese PDF whose text carries the decision and the full name; agents without a decision get 409', async () => {
    const cookie = await t.at('2026-11-05 09:00');
    let d = await ok(await t.intake(cookie));
    expect((await t.get(cookie, `/api/complaints/${d.id}/letter.pdf`)).json().error.code).toBe(
      'COMPLAINT_LETTER_NOT_READY',
    );
    const lead = await t.at('2026-11-05 09:10', 'teamlead.bj');
    d = await ok(
      await t.event(lead, d.id, {
        event: 'classify',
        version: d.version,
        urgency: 'normal',
        complexity: 'simple',
      }),
    );
    d = await ok(
      await t.event(lead, d.id, {
        event: 'assign',
        version: d.version,
        assigneeId: await t.userId('teamlead.bj'),
      }),
    );
    d = await ok(await t.event(lead, d.id, { event: 'startInvestigation', version: d.version }));
    d = await ok(
      await t.event(lead, d.id, {
        event: 'decide',
        version: d.version,
        decision: '经核实，我公司向您致歉并退还多收保费。',
        findings: '保单批改时重复收取保费三百元',
        basis: '依据保险合同第十二条约定退还多收保费',
        remedy: '退还多收保费',
        remedyAmount: 300,
        note: '在权限内',
      }),
    );
    expect(d.complaint.state).toBe('decided');
    const res = await sys.app.inject({
      url: `/api/complaints/${d.id}/letter.pdf`,
      headers: { cookie: lead },
    });
    expect(res.statusCode).toBe(200);
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, '');
    expect(text).toContain('投诉处理决定告知书');
    expect(text).toContain(d.number);
    expect(text).toContain('经核实，我公司向您致歉并退还多收保费。');
    expect(text).toContain('王小明');
    expect(text).toContain('人民币300.00元');
    // 办法 (2020) art. 19: what was verified, the basis and reasons, and the recourse; art. 20: the review of a
    // branch's decision by its superior institution within 30 days.
    expect(text).toContain('经调查核实：保单批改时重复收取保费三百元');
    expect(text).toContain('作出上述决定的依据和理由：依据保险合同第十二条约定退还多收保费');
    expect(text).toContain('自收到本决定之日起30日内向总公司书面申请核查');
    expect(text).toContain('调解、仲裁或者诉讼');
    expect(d.complaint).toMatchObject({
      findings: '保单批改时重复收取保费三百元',
      basis: '依据保险合同第十二条约定退还多收保费',
    });
    const auditor = await t.at('2026-11-05 10:00', 'auditor.ho');
    expect(
      (await sys.app.inject({ url: `/api/complaints/${d.id}/letter.pdf`, headers: { cookie: auditor } }))
        .statusCode,
    ).toBe(403);
  });

  it('answers 503 with its own code when the font is missing, instead of a letter of boxes', async () => {
    const cookie = await t.at('2026-11-05 11:00', 'teamlead.bj');
    const before = sys.deps.settings.cjkFont;
    const id = (
      await sys.db
        .selectFrom('complaints')
        .select('case_id')
        .where('state', '=', 'decided')
        .where('decision', 'is not', null)
        .executeTakeFirstOrThrow()
    ).case_id;
    sys.deps.settings.cjkFont = '/nonexistent/font.ttc';
    try {
      const res = await sys.app.inject({ url: `/api/complaints/${id}/letter.pdf`, headers: { cookie } });
      expect([res.statusCode, res.json().error.code]).toEqual([503, 'DOCUMENT_FONT_MISSING']);
    } finally {
      sys.deps.settings.cjkFont = before;
    }
  });
});

describe('complaint routes × roles', () => {
  it('auditors read the board but cannot act; system administrators see no complaint; other branches get 404', async () => {
    const cookie = await t.at('2026-11-06 09:00');
    const d = await ok(await t.intake(cookie));
    const auditor = await t.at('2026-11-06 09:05', 'auditor.ho');
    expect((await t.get(auditor, '/api/complaints')).statusCode).toBe(200);
    expect(
      (
        await t.event(auditor, d.id, {
          event: 'classify',
          version: d.version,
          urgency: 'normal',
          complexity: 'simple',
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.get(auditor, '/api/complaints/approvals')).statusCode).toBe(403);
    const admin = await t.at('2026-11-06 09:06', 'sysadmin.ho');
    expect((await t.get(admin, '/api/complaints')).statusCode).toBe(403);
    const sh = await t.at('2026-11-06 09:07', 'teamlead.sh');
    expect((await t.get(sh, `/api/complaints/${d.id}`)).statusCode).toBe(404);
    expect(
      (
        await t.event(sh, d.id, {
          event: 'classify',
          version: d.version,
          urgency: 'normal',
          complexity: 'simple',
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.feedback(sh, d.id, { channel: 'phone', note: 'x' })).statusCode).toBe(404);
    const shBoard = (await t.get(sh, '/api/complaints')).json();
    expect(shBoard.items.some((i: { id: string }) => i.id === d.id)).toBe(false);
  });
});
