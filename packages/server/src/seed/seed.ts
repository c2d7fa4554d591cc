import { randomUUID } from 'node:crypto';
import type { CaseKind } from '@claimline/domain/cases';
import {
  businessDay,
  CASE_KINDS,
  CHANNELS,
  DEFAULT_NUMBER_PATTERNS,
  formatCaseNumber,
} from '@claimline/domain/cases';
import { appendAudit } from '../audit/audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import { seedCalendars } from '../calendar-admin/seed.ts';
import { maskName, maskPhone } from '../crypto/masking.ts';
import type { Tx } from '../db/database.ts';
import type { Deps } from '../http/context.ts';
import { assignDefaultDepartments } from '../users/repository.ts';
import { seedComplaints, seedDemoRoutingRules } from './complaints.ts';
import { seedDemoCalls } from './demo-calls.ts';
import { DEFAULT_DEMO_CLAIM_REPORTS, seedDemoClaimReports } from './demo-claim-reports.ts';
import {
  CONSULTATION_TOPICS,
  CUSTOMER_NAMES,
  DEMO_BRANCHES,
  DEMO_DEPARTMENTS,
  DEMO_PASSWORD,
  demoUsers,
} from './demo-data.ts';
import { seedDemoDeadlines } from './demo-deadlines.ts';
import { seedDemoDuty } from './demo-duty.ts';
import { seedDemoFrontDesk } from './demo-front-desk.ts';
import { seedDemoHandover } from './demo-handover.ts';
import { seedDemoKnowledge } from './demo-knowledge.ts';
import { seedDemoPolicies } from './demo-policies.ts';

/** Deterministic PRNG so every fresh demo looks the same (mulberry32). */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const insertBranches = async (tx: Tx, now: Date) => {
  const ids = new Map<string, { id: string; path: string }>();
  for (const b of DEMO_BRANCHES) {
    const parent = b.parent ? ids.get(b.parent) : undefined;
    const id = randomUUID();
    const path = `${parent?.path ?? '/'}${b.code}/`;
    await tx
      .insertInto('branches')
      .values({
        id,
        code: b.code,
        name: b.name,
        name_en: b.nameEn,
        parent_id: parent?.id ?? null,
        path,
        created_at: now,
      })
      .execute();
    ids.set(b.code, { id, path });
  }
  return ids;
};

export type SeedResult = { seeded: boolean; users: number; cases: number; adminPassword?: string };

/**
 * Demo mode: the branch tree, one user per role per branch (password in README), and a few hundred cases
 * over the last 90 days. Otherwise only the head office and an administrator who must change the password.
 */
export const seedIfEmpty = async (
  deps: Deps,
  opts: {
    cases?: number;
    policies?: number;
    calls?: number;
    claimReports?: number;
    /** Open the generated cases' deadlines; by default on the default demo only (tests count their own). */
    deadlines?: boolean;
  } = {},
): Promise<SeedResult> => {
  const result = await seedDirectory(deps, opts);
  if (deps.settings.demo) await seedDemoPolicies(deps, opts.policies ?? 10_000);
  // Calendars and deadline rules are seeded on every start, idempotently, so databases older than them get them.
  await seedCalendars(deps);
  // C8 demo calls: on a fresh demo only (tests that choose their own case count get none unless they ask).
  if (result.seeded && deps.settings.demo)
    await seedDemoCalls(deps, opts.calls ?? (opts.cases === undefined ? 42 : 0));
  await seedComplaints(deps);
  // Issue #21 part 6: the generated open cases and complaints carry their clocks like live ones (after the
  // calendars, the deadline rules and the complaint records they need).
  if (result.seeded && deps.settings.demo && (opts.deadlines ?? opts.cases === undefined))
    await seedDemoDeadlines(deps);
  // Issue #6 demo routing rules: on a demo with the default data only (tests that choose their own case count
  // route without rules unless they add some).
  if (deps.settings.demo && opts.cases === undefined) await seedDemoRoutingRules(deps);
  // Issue #4 demo claim reports, after the deadline rules they start; only while there are none (tests that
  // choose their own case count get none unless they ask: each is a full registration).
  if (deps.settings.demo)
    await seedDemoClaimReports(
      deps,
      opts.claimReports ?? (opts.cases === undefined ? DEFAULT_DEMO_CLAIM_REPORTS : 0),
    );
  // Issue #16: one pending hand-over today, on a fresh demo with the default data only.
  if (result.seeded && deps.settings.demo && opts.cases === undefined) await seedDemoHandover(deps);
  // Issue #16 demo duty roster for Beijing (posts, shifts, skills, this month's published plan); on the default demo.
  if (deps.settings.demo && opts.cases === undefined) await seedDemoDuty(deps);
  // Issue #20: the knowledge base's articles, on every demo while it is empty (search needs them).
  if (deps.settings.demo) await seedDemoKnowledge(deps);
  // Issue #15 part 1: head office's starting explanation texts for the counter, on the default demo.
  if (deps.settings.demo && opts.cases === undefined) await seedDemoFrontDesk(deps);
  return result;
};

const seedDirectory = async (deps: Deps, opts: { cases?: number }): Promise<SeedResult> => {
  const existing = await deps.db.selectFrom('branches').select('id').limit(1).execute();
  if (existing.length > 0) return { seeded: false, users: 0, cases: 0 };
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const branches = await insertBranches(tx, now);
    const users = deps.settings.demo
      ? demoUsers()
      : [
          {
            username: 'admin',
            displayName: '系统管理员',
            role: 'sysAdmin' as const,
            branch: 'HO',
            agentNo: '0001',
          },
        ];
    const adminPassword = deps.settings.demo ? DEMO_PASSWORD : (deps.settings.adminPassword ?? randomUUID());
    const passwordHash = await hashPassword(adminPassword);
    const userIds = new Map<string, { id: string; branch: string; role: string }>();
    for (const u of users) {
      const id = randomUUID();
      await tx
        .insertInto('users')
        .values({
          id,
          username: u.username,
          display_name: u.displayName,
          agent_no: u.agentNo,
          role: u.role,
          branch_id: branches.get(u.branch)!.id,
          password_hash: passwordHash,
          must_change_password: !deps.settings.demo,
          locked_until: null,
          created_at: now,
          // The seeded staff are the centre's trained staff; only accounts opened later need the hotline courses.
          training_required: false,
        })
        .execute();
      userIds.set(u.username, { id, branch: u.branch, role: u.role });
    }
    await assignDefaultDepartments(tx);
    if (deps.settings.demo)
      for (const [username, code] of Object.entries(DEMO_DEPARTMENTS))
        await tx
          .updateTable('users')
          .set({ department_id: (eb) => eb.selectFrom('departments').select('id').where('code', '=', code) })
          .where('username', '=', username)
          .execute();
    const cases = deps.settings.demo ? await seedCases(tx, deps, branches, userIds, opts.cases ?? 300) : 0;
    await appendAudit(tx, {
      at: now,
      actor: null,
      action: 'system.seed',
      objectType: 'system',
      objectId: null,
      result: 'success',
      requestId: null,
      ip: null,
      details: { demo: deps.settings.demo, users: users.length, cases },
    });
    return { seeded: true, users: users.length, cases, ...(deps.settings.demo ? {} : { adminPassword }) };
  });
};

const seedCases = async (
  tx: Tx,
  deps: Deps,
  branches: Map<string, { id: string; path: string }>,
  users: Map<string, { id: string; branch: string; role: string }>,
  count: number,
) => {
  const rand = prng(20261122);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const owners = [...users.values()].filter((u) => u.role === 'agent' || u.role === 'claimsHandler');
  const seqs = new Map<string, number>();
  const nowMs = deps.clock.now().getTime();
  const rows = [];
  const events = [];
  for (let i = 0; i < count; i++) {
    const owner = pick(owners);
    const branch = branches.get(owner.branch)!;
    // Claim reports carry policy data of their own (claims/), so the generic demo cases leave them out.
    const kind: CaseKind =
      rand() < 0.6 ? 'consultation' : pick(CASE_KINDS.filter((k) => k !== 'claimReport'));
    const at = new Date(nowMs - Math.floor(rand() * 90 * 86_400_000));
    const key = `${kind}|${owner.branch}|${businessDay(at)}`;
    const seq = (seqs.get(key) ?? 0) + 1;
    seqs.set(key, seq);
    const [subject, description] = pick(CONSULTATION_TOPICS);
    const name = pick(CUSTOMER_NAMES);
    const phone = `13${Math.floor(100_000_000 + rand() * 899_999_999)}`;
    const ageDays = (nowMs - at.getTime()) / 86_400_000;
    const status =
      kind === 'consultation'
        ? ageDays > 3
          ? 'closed'
          : pick(['new', 'answered', 'resolved'])
        : ageDays > 10
          ? 'closed'
          : pick(['new', 'inProgress']);
    const id = randomUUID();
    const done = status === 'closed' || status === 'resolved';
    rows.push({
      id,
      number: formatCaseNumber(DEFAULT_NUMBER_PATTERNS[kind], { branchCode: owner.branch, at, seq }),
      kind,
      channel: rand() < 0.7 ? 'phone' : pick(CHANNELS),
      branch_id: branch.id,
      owner_id: owner.id,
      created_by: owner.id,
      status,
      subject,
      description,
      customer_name_masked: maskName(name),
      customer_name_enc: deps.crypto.encrypt(name),
      customer_name_bidx: deps.crypto.blindIndex('name', name),
      customer_phone_masked: maskPhone(phone),
      customer_phone_enc: deps.crypto.encrypt(phone),
      customer_phone_bidx: deps.crypto.blindIndex('phone', phone),
      first_contact_resolution: done ? rand() < 0.8 : null,
      transfer_to_id: null,
      transfer_requested_at: null,
      resolved_at: done ? new Date(at.getTime() + 600_000) : null,
      closed_at: status === 'closed' ? new Date(at.getTime() + 3_600_000) : null,
      created_at: at,
      updated_at: at,
    });
    events.push({ case_id: id, at, actor_id: owner.id, type: 'created', note: null, data: '{}' });
    if (status !== 'new')
      events.push({
        case_id: id,
        at: new Date(at.getTime() + 300_000),
        actor_id: owner.id,
        type: kind === 'consultation' ? 'answer' : 'start',
        note: kind === 'consultation' ? '已电话答复客户。' : null,
        data: '{}',
      });
    if (done)
      events.push({
        case_id: id,
        at: new Date(at.getTime() + 600_000),
        actor_id: owner.id,
        type: 'resolve',
        note: null,
        data: '{}',
      });
    if (status === 'closed')
      events.push({
        case_id: id,
        at: new Date(at.getTime() + 3_600_000),
        actor_id: owner.id,
        type: 'close',
        note: null,
        data: '{}',
      });
  }
  for (let i = 0; i < rows.length; i += 200)
    await tx
      .insertInto('cases')
      .values(rows.slice(i, i + 200))
      .execute();
  for (let i = 0; i < events.length; i += 500)
    await tx
      .insertInto('case_events')
      .values(events.slice(i, i + 500))
      .execute();
  const branchIds = new Map([...users.values()].map((u) => [u.branch, branches.get(u.branch)!.id]));
  const seqRows = [...seqs].map(([key, last]) => {
    const [kind, branch, day] = key.split('|') as [string, string, string];
    return { kind, branch_id: branchIds.get(branch)!, day, last_seq: last };
  });
  if (seqRows.length) await tx.insertInto('case_sequences').values(seqRows).execute();
  return rows.length;
};
