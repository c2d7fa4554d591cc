import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_CLAIM_RULES, PERIL_CODES } from '@claimline/domain/claims';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let headOffice: string;
let agent: string;
beforeAll(async () => {
  sys = await testSystem();
  headOffice = await sys.login('headoffice.ho');
  agent = await sys.login('agent.bj');
});
afterAll(() => sys.close());

const URL = '/api/claim-reports/rules';
const get = (cookie: string) => sys.app.inject({ url: URL, headers: { cookie } });
const put = (cookie: string, payload: unknown, lang = 'zh-CN') =>
  sys.app.inject({
    method: 'PUT',
    url: URL,
    headers: { cookie, 'accept-language': lang },
    payload: payload as object,
  });

/** The editable rules as the console sends them. */
const editable = (over: { minDeaths?: number } = {}) => ({
  majorCase: {
    minDeaths: over.minDeaths ?? 2,
    payoutOverFen: 500_000_00,
    sumInsuredOverFen: 500_000_00,
  },
  sameLoss: { windowHours: 24 },
  scene: { promptReportHours: 24, causesNeedingScene: ['fire', 'theft'] },
  claimTimeLimitYears: { nonLife: 2, life: 5 },
});
const save = (cookie: string, baseVersion: number, rules = editable(), note = '调整重大案件标准') =>
  put(cookie, { baseVersion, note, rules });

const detailsOf = (res: { json(): { error: { details: { path: string; message: string }[] } } }) =>
  res.json().error.details;

describe('reading the claim rules', () => {
  it('gives the defaults at version 0, with sources, the deadline rule, and editable only for head office', async () => {
    const res = await get(agent);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ version: 0, note: null, savedBy: null, editable: false });
    expect(body.rules).toEqual(DEFAULT_CLAIM_RULES);
    expect(body.defaults).toEqual(DEFAULT_CLAIM_RULES);
    expect(
      body.fields.find((f: { key: string }) => f.key === 'claimTimeLimitYears.life').source.zh,
    ).toContain('第二十六条');
    expect(body.reportDeadline).toMatchObject({
      ruleId: 'major-case-report',
      unit: 'elapsedHours',
      amount: 24,
    });
    expect((await get(headOffice)).json().editable).toBe(true);
  });
});

describe('who may change them', () => {
  it('refuses an agent, a branch admin and the system administrator (403 FORBIDDEN)', async () => {
    for (const user of ['agent.bj', 'branchadmin.bj', 'sysadmin.ho', 'supervisor.ho']) {
      const res = await save(user === 'agent.bj' ? agent : await sys.login(user), 0);
      expect(res.statusCode, user).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a head-office role placed in a branch: the rules serve every branch', async () => {
    const ho = await sys.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'headoffice.ho')
      .executeTakeFirstOrThrow();
    const bj = await sys.db
      .selectFrom('branches')
      .select('id')
      .where('code', '=', 'BJ')
      .executeTakeFirstOrThrow();
    await sys.db
      .insertInto('users')
      .values({
        id: randomUUID(),
        username: 'headoffice.bj',
        display_name: '北京总公司岗',
        agent_no: '9901',
        role: 'headOffice',
        branch_id: bj.id,
        password_hash: ho.password_hash,
        must_change_password: false,
        locked_until: null,
        created_at: sys.clock.now(),
      })
      .execute();
    const cookie = await sys.login('headoffice.bj');
    expect((await get(cookie)).json().editable).toBe(false);
    const res = await save(cookie, 0, editable({ minDeaths: 3 }));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CLAIM_RULES_HEAD_OFFICE_ONLY');
  });
});

describe('validation', () => {
  it('names each invalid field with a stable code and a message in the caller’s language', async () => {
    const bad = {
      majorCase: { minDeaths: 0, payoutOverFen: 500_000.5, sumInsuredOverFen: -1 },
      sameLoss: { windowHours: 0 },
      scene: { promptReportHours: 24, causesNeedingScene: ['fire', 'fire', 'meteor'] },
      claimTimeLimitYears: { nonLife: 1, life: 5 },
    };
    const res = await put(headOffice, { baseVersion: 0, note: '测试', rules: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const paths = detailsOf(res).map((d) => d.path);
    for (const p of [
      'rules.majorCase.minDeaths',
      'rules.majorCase.payoutOverFen',
      'rules.majorCase.sumInsuredOverFen',
      'rules.sameLoss.windowHours',
      'rules.scene.causesNeedingScene.2',
      'rules.claimTimeLimitYears.nonLife',
    ])
      expect(paths).toContain(p);
    const message = (r: typeof res, path: string) => detailsOf(r).find((d) => d.path === path)?.message;
    expect(message(res, 'rules.majorCase.minDeaths')).toBe('不能小于 1');
    expect(message(res, 'rules.majorCase.payoutOverFen')).toBe('须为整数');
    expect(message(res, 'rules.claimTimeLimitYears.nonLife')).toBe(
      '法定时效不能缩短（保险法第二十六条；民法典第一百九十七条：诉讼时效期间由法律规定，约定无效）',
    );
    const en = await put(headOffice, { baseVersion: 0, note: 'x', rules: bad }, 'en');
    expect(message(en, 'rules.majorCase.minDeaths')).toBe('Must be at least 1');
    expect(message(en, 'rules.claimTimeLimitYears.nonLife')).toBe(
      'A statutory limitation period cannot be shortened (Insurance Law art. 26; Civil Code art. 197)',
    );
  });

  it('refuses a duplicate cause, an unknown field, a missing note, and a save that changes nothing', async () => {
    const twice = editable();
    twice.scene.causesNeedingScene = ['fire', 'fire'];
    const dup = await save(headOffice, 0, twice);
    expect(detailsOf(dup).map((d) => d.path)).toEqual(['rules.scene.causesNeedingScene']);
    const extra = await put(headOffice, {
      baseVersion: 0,
      note: 'x',
      rules: { ...editable(), majorCase: { ...editable().majorCase, reportWithinHours: 48 } },
    });
    expect(extra.json().error.code).toBe('VALIDATION_FAILED');
    const noNote = await put(headOffice, { baseVersion: 0, note: '  ', rules: editable({ minDeaths: 3 }) });
    expect(detailsOf(noNote).map((d) => d.path)).toEqual(['note']);
    const same = await save(headOffice, 0);
    expect(same.statusCode).toBe(400);
    expect(same.json().error.code).toBe('CLAIM_RULES_UNCHANGED');
  });
});

describe('saving', () => {
  it('saves version 1 with an audit row of what changed; a stale version is a conflict', async () => {
    const res = await save(headOffice, 0, editable({ minDeaths: 3 }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, note: '调整重大案件标准', savedBy: expect.any(String) });
    expect(res.json().rules.majorCase).toEqual({ ...DEFAULT_CLAIM_RULES.majorCase, minDeaths: 3 });
    const audit = await sys.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'claimRules.save')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ object_type: 'setting', object_id: 'claimRules', result: 'success' });
    expect(audit[0]!.details).toEqual({
      version: 1,
      note: '调整重大案件标准',
      changes: [{ key: 'majorCase.minDeaths', from: 2, to: 3 }],
    });
    expect((await get(agent)).json()).toMatchObject({ version: 1, rules: { majorCase: { minDeaths: 3 } } });

    const stale = await save(headOffice, 0, editable({ minDeaths: 4 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'CLAIM_RULES_VERSION_CONFLICT',
      details: { currentVersion: 1 },
    });
  });

  it('lets exactly one of two saves on the same version win', async () => {
    const results = await Promise.all([
      save(headOffice, 1, editable({ minDeaths: 4 })),
      save(headOffice, 1, editable({ minDeaths: 5 })),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await get(agent)).json().version).toBe(2);
  });
});

describe('near-valid bodies (property)', () => {
  /** Mostly inside the bounds, so that some saves succeed; otherwise anything a client could send. */
  const value = (min: number, max: number) =>
    fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min, max }) },
      {
        weight: 1,
        arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(min - 1, max + 1, 2 ** 53)),
      },
    );
  const body = fc.record({
    baseVersion: fc.oneof(fc.nat(10), fc.integer({ min: -3, max: 2 ** 40 })),
    note: fc.oneof(fc.string({ maxLength: 600 }), fc.constant('调整')),
    rules: fc.record({
      majorCase: fc.record({
        minDeaths: value(1, 100),
        payoutOverFen: value(0, 1_000_000_000_000),
        sumInsuredOverFen: value(0, 1_000_000_000_000),
      }),
      sameLoss: fc.record({ windowHours: value(1, 720) }),
      scene: fc.record({
        promptReportHours: value(1, 720),
        causesNeedingScene: fc.oneof(
          { weight: 5, arbitrary: fc.uniqueArray(fc.constantFrom(...PERIL_CODES)) },
          { weight: 1, arbitrary: fc.array(fc.string(), { maxLength: 20 }) },
        ),
      }),
      claimTimeLimitYears: fc.record({ nonLife: value(2, 30), life: value(5, 30) }),
    }),
  });
  let saved = 0;

  it('never answers 5xx; a save that succeeds is exactly what is read back', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const version = (await get(headOffice)).json().version as number;
        const res = await put(headOffice, {
          ...b,
          baseVersion: b.baseVersion % 2 === 0 ? version : b.baseVersion,
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode === 200) {
          saved += 1;
          const read = (await get(agent)).json();
          expect(read.version).toBe(version + 1);
          // What went over the wire: JSON has no -0, so a generated -0 was sent (and saved) as 0.
          const sent = JSON.parse(JSON.stringify(b.rules));
          expect({
            ...read.rules,
            majorCase: { ...read.rules.majorCase, reportWithinHours: undefined },
          }).toEqual({
            ...sent,
            majorCase: { ...sent.majorCase, reportWithinHours: undefined },
          });
        } else expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 150 },
    );
    expect(saved).toBeGreaterThan(0);
  });
});

describe('a changed rule applies to the next registration', () => {
  const register = async (deaths: number, occurredAt: string) => {
    const l = await sys.app.inject({
      method: 'POST',
      url: '/api/claim-reports/lookups',
      headers: { cookie: agent },
      payload: { by: 'policyNo', value: 'PBJ2026000004' },
    });
    return sys.app.inject({
      method: 'POST',
      url: '/api/claim-reports',
      headers: { cookie: agent, 'idempotency-key': randomBytes(8).toString('hex') },
      payload: {
        lookupId: l.json().lookupId,
        policyId: l.json().policies[0].id,
        channel: 'phone',
        occurredAt,
        place: '北京市密云区山区公路',
        cause: 'accidentalDeath',
        course: '自驾车辆坠崖，车上两人身亡。',
        injuryDegree: 'death',
        deaths,
        reporterName: '赵小敏',
        reporterPhone: '13511112222',
        reporterRelation: 'child',
      },
    });
  };

  it('minDeaths 3: a two-death report is not major; back to 2: it is', async () => {
    const current = (await get(headOffice)).json();
    const three = await save(headOffice, current.version, editable({ minDeaths: 3 }));
    expect(three.statusCode, three.body).toBe(200);
    const notMajor = await register(2, '2026-11-22T06:00:00+08:00');
    expect(notMajor.statusCode, notMajor.body).toBe(201);
    expect(notMajor.json().claimReport.major.flagged).toBe(false);
    expect(notMajor.json().deadlines.map((d: { kind: string }) => d.kind)).not.toContain('majorCaseReport');

    const two = await save(headOffice, three.json().version, editable({ minDeaths: 2 }), '恢复种子标准');
    expect(two.statusCode, two.body).toBe(200);
    const major = await register(2, '2026-11-18T06:00:00+08:00');
    expect(major.statusCode, major.body).toBe(201);
    expect(major.json().claimReport.major.flagged).toBe(true);
    expect(major.json().deadlines.map((d: { kind: string }) => d.kind)).toContain('majorCaseReport');
  });
});
