import { DEFAULT_CHECKLISTS } from '@claimline/domain/claim-applications';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type TestSystem, testSystem } from '../helpers.ts';

let sys: TestSystem;
let cookies: Record<string, string>;
let caseId: string;
beforeAll(async () => {
  sys = await testSystem();
  cookies = {
    agent: await sys.login('agent.bj'),
    auditor: await sys.login('auditor.ho'),
    lead: await sys.login('teamlead.bj'),
    calendarAdmin: await sys.login('headoffice.ho'),
  };
  caseId = (await createCase(sys, cookies.agent!)).json().id;
});
afterAll(() => sys.close());

/** Anything a client can put on the wire: junk JSON values, strings that look like ids, odd unicode. */
const junkValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    'NaN',
    '00000000-0000-0000-0000-000000000000',
    "'; DROP TABLE cases;--",
    '\u0000',
    '%00',
    '../../etc/passwd',
    'x'.repeat(5000),
  ),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const junkBody = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'kind',
      'channel',
      'subject',
      'description',
      'event',
      'version',
      'note',
      'toUserId',
      'username',
      'password',
      'field',
      'reason',
      'customerPhone',
      'newPassword',
      'currentPassword',
      'firstContactResolution',
      'type',
      'name',
      'format',
      'text',
      'baseVersion',
      'rules',
      'branchId',
      'product',
      'category',
      'assigneeId',
      'priority',
      'updatedAt',
      'complainedUserId',
    ),
    junkValue,
    { maxKeys: 6 },
  ),
  junkValue,
);
const junkQuery = fc.dictionary(
  fc.constantFrom(
    'page',
    'pageSize',
    'sort',
    'order',
    'kind',
    'status',
    'channel',
    'q',
    'mine',
    'ownerId',
    'branchId',
    'role',
    'action',
    'actorId',
    'objectId',
    'year',
    'unread',
    'limit',
  ),
  fc.oneof(fc.string(), fc.constantFrom('-1', '0', '999999999999', 'abc', '1.5', '%', '\u0000', '[]')),
  { maxKeys: 5 },
);
/**
 * The claim checklists as head office sends them, with the medical list replaced by generated items (ids, labels
 * and flags anywhere from valid to refused): these reach the service (version, unchanged, invalid, saved), where
 * junk stops at the schema.
 */
const checklistBody = fc.record({
  baseVersion: fc.nat(3),
  note: fc.string({ maxLength: 20 }),
  checklists: fc
    .array(
      fc.record({
        id: fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,12}$/),
        list: fc.constantFrom('medical' as const, 'basic' as const),
        label: fc.record({ zh: fc.string({ maxLength: 12 }), en: fc.string({ maxLength: 12 }) }),
        originalRequired: fc.boolean(),
        onlyIfApplicantNotInsured: fc.boolean(),
      }),
      { maxLength: 4 },
    )
    .map((items) => ({
      ...DEFAULT_CHECKLISTS,
      lists: { ...DEFAULT_CHECKLISTS.lists, medical: { ...DEFAULT_CHECKLISTS.lists.medical, items } },
    })),
});

const junkId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.uuid(),
  fc.constantFrom('%2e%2e', '%00', 'null', '1'),
);

describe('no 5xx for anything a client can send', () => {
  it('throws at least 200 generated invalid requests at every route', async () => {
    const routes = sys.app.registeredRoutes.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD',
    );
    expect(routes.length).toBeGreaterThan(10);
    let sent = 0;
    let checklistsSaved = 0;
    for (const route of routes) {
      const calendars = route.url.startsWith('/api/calendars');
      // Policy imports need policy.import (head office has it), else every request would stop at 403.
      const policyImports = route.url.startsWith('/api/policy-imports');
      // The claim rules are saved by head office (claimRules.manage); an agent would stop at 403 too.
      const checklists = route.url === '/api/claim-applications/checklists';
      const claimRules =
        route.url === '/api/claim-reports/rules' ||
        // And the claim checklists (claimRules.manage at head office), with bodies that reach the service.
        checklists ||
        // Likewise the complaint rules and routing rules (complaintRules.manage).
        route.url === '/api/complaints/rules' ||
        route.url.startsWith('/api/complaints/routing-rules');
      const cookie = route.url.startsWith('/api/audit')
        ? cookies.auditor
        : route.url.includes('transfer')
          ? cookies.lead
          : calendars || policyImports || claimRules
            ? cookies.calendarAdmin
            : cookies.agent;
      await fc.assert(
        fc.asyncProperty(
          junkId,
          checklists && route.method === 'PUT' ? fc.oneof(junkBody, checklistBody) : junkBody,
          junkQuery,
          fc.boolean(),
          fc.boolean(),
          async (id, body, query, rawText, realId) => {
            const realOne = calendars ? 'BR-SH' : caseId;
            const path = route.url
              .replace(':id', encodeURIComponent(realId ? realOne : id))
              .replace(':day', encodeURIComponent(realId ? '2026-12-02' : id));
            const qs = new URLSearchParams(query as Record<string, string>).toString();
            const res = await sys.app.inject({
              method: route.method as 'GET',
              url: qs ? `${path}?${qs}` : path,
              headers: {
                cookie: cookie!,
                'idempotency-key': typeof id === 'string' ? id.slice(0, 200) : 'k',
                'content-type': 'application/json',
              },
              ...(route.method === 'GET'
                ? {}
                : { payload: rawText ? String(JSON.stringify(body)).slice(0, -1) : JSON.stringify(body) }),
            });
            sent += 1;
            if (checklists && route.method === 'PUT' && res.statusCode === 200) checklistsSaved += 1;
            if (res.statusCode >= 500)
              throw new Error(`${route.method} ${path} → ${res.statusCode} ${res.body}`);
            if (res.statusCode >= 400) expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
          },
        ),
        { numRuns: 200 },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(routes.length * 200);
    // Head office's checklist PUT is reached as far as a save, not only refused at the door.
    expect(checklistsSaved).toBeGreaterThan(0);
    // 200 requests to each of ~100 routes: about a minute on two busy cores, more as routes are added.
  }, 300_000);
});
