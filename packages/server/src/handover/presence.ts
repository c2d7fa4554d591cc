import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import type { PresenceEventTable } from '../db/schema.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { branchLeads, notifyPeople } from '../notifications/people.ts';
import { offHookPeople } from './hook.ts';
import { openBusyLines } from './line-watch.ts';
import { DUTY_PRESENCE_SETTINGS } from './settings.ts';

export type PresenceState = PresenceEventTable['state'];

/** The latest presence of each person; someone never seen is offline. */
const latestPresence = async (db: Db | Tx, userIds: readonly string[]) => {
  if (userIds.length === 0) return new Map<string, { state: PresenceState; at: Date }>();
  const rows = await db
    .selectFrom('presence_events')
    .distinctOn('user_id')
    .select(['user_id', 'state', 'at'])
    .where('user_id', 'in', [...userIds])
    .orderBy('user_id')
    .orderBy('at', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.user_id, { state: r.state, at: r.at }]));
};

/**
 * The posts of the hand-overs whose shifts are running now (from the outgoing shift's start to the incoming one's
 * end), with who is on duty there: the outgoing agent until the hand-over closes (第十一条), the incoming one once
 * checked in.
 */
const currentPosts = async (db: Db | Tx, branchIds: readonly string[], now: Date) => {
  const rows = await db
    .selectFrom('duty_handovers')
    .select(['id', 'branch_id', 'post', 'outgoing_user_id', 'incoming_user_id', 'checked_in_at', 'closed_at'])
    .where('branch_id', 'in', [...branchIds])
    .where('outgoing_start', '<=', now)
    .where('shift_end', '>', now)
    .execute();
  return rows.map((h) => ({
    handoverId: h.id,
    branchId: h.branch_id,
    post: h.post,
    onDuty: [
      ...(h.closed_at === null ? [h.outgoing_user_id] : []),
      ...(h.checked_in_at !== null ? [h.incoming_user_id] : []),
    ],
  }));
};

type Subject = { id: string; branchId: string };

/**
 * Sets a person's presence: my own from the console, an agent's from the CTI feed (the PBX account is the actor).
 * When someone leaves `ready`, a post of a running hand-over with nobody ready any more alerts the team lead
 * (seed 000 第三条: no post left empty).
 */
export const setPresence = (
  deps: Deps,
  ctx: RequestCtx,
  state: PresenceState,
  source: 'console' | 'cti',
  subject: Subject = { id: ctx.actor.id, branchId: ctx.actor.branchId },
) =>
  deps.db.transaction().execute(async (tx) => {
    const now = ctx.clock.now();
    const actor = { id: ctx.actor.id, displayName: ctx.actor.displayName };
    await tx
      .insertInto('presence_events')
      .values({
        id: randomUUID(),
        user_id: subject.id,
        branch_id: subject.branchId,
        state,
        at: now,
        source,
      })
      .execute();
    const base = { at: now, actor, result: 'success' as const, requestId: ctx.requestId, ip: ctx.ip };
    const alerted: string[] = [];
    if (state !== 'ready') {
      const posts = (await currentPosts(tx, [subject.branchId], now)).filter((p) =>
        p.onDuty.includes(subject.id),
      );
      for (const p of posts) {
        const seen = await latestPresence(tx, p.onDuty);
        if (p.onDuty.some((id) => seen.get(id)?.state === 'ready')) continue;
        const leads = await branchLeads(tx, p.branchId, ['teamLead']);
        await notifyPeople(
          tx,
          leads.map((l) => l.id),
          {
            kind: 'warn',
            zh: `岗位「${p.post}」当前无人就绪，请安排人员接听（值班制度第三条）`,
            en: `Post "${p.post}" has nobody ready; arrange someone to answer (duty rules art. 3)`,
            now,
          },
        );
        alerted.push(p.post);
        await appendAudit(tx, {
          ...base,
          action: 'presence.postUnstaffed',
          objectType: 'dutyHandover',
          objectId: p.handoverId,
          details: { post: p.post, notified: leads.length },
        });
      }
    }
    await appendAudit(tx, {
      ...base,
      action: 'presence.set',
      objectType: 'user',
      objectId: subject.id,
      details: { state, source },
    });
    return { state, at: now, alertedPosts: alerted };
  });

/** My own presence (offline when never set). */
export const myPresence = async (deps: Deps, ctx: RequestCtx) => {
  const p = (await latestPresence(deps.db, [ctx.actor.id])).get(ctx.actor.id);
  return { state: p?.state ?? 'offline', at: p?.at ?? null, alertedPosts: [] };
};

const flagOf = (state: PresenceState, since: Date | null, now: Date) => {
  if (since === null) return null;
  const minutes = (now.getTime() - since.getTime()) / 60_000;
  // seed 000 第四条: a long not-ready leaves a phone unanswered; 第七条: meals and rests are taken in turn.
  if (state === 'notReady' && minutes > DUTY_PRESENCE_SETTINGS.longNotReadyMinutes) return 'longNotReady';
  if ((state === 'break' || state === 'meal') && minutes > DUTY_PRESENCE_SETTINGS.longBreakMinutes)
    return 'longBreak';
  return null;
};

/** The presence wall of a team lead: the agents and leads of the scope, and the posts of running hand-overs. */
export const presenceWall = async (deps: Deps, ctx: RequestCtx) => {
  const now = ctx.clock.now();
  const people = await deps.db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select(['u.id', 'u.display_name', 'u.agent_no', 'u.role', 'b.code as branch_code'])
    .where('u.branch_id', 'in', ctx.actor.scope)
    .where('u.active', '=', true)
    .where('u.role', 'in', ['agent', 'teamLead'])
    .orderBy('b.code')
    .orderBy('u.username')
    .execute();
  const seen = await latestPresence(
    deps.db,
    people.map((p) => p.id),
  );
  const stateOf = (id: string) => seen.get(id)?.state ?? 'offline';
  const posts = await currentPosts(deps.db, ctx.actor.scope, now);
  // seed 000 第四条: a handset off the hook with no call is flagged first, whatever the console state says.
  const offHook = await offHookPeople(
    deps.db,
    people.map((p) => p.id),
    now,
  );
  const busy = await openBusyLines(deps.db, ctx.actor.scope);
  return {
    people: people.map((p) => {
      const s = seen.get(p.id);
      const state = s?.state ?? 'offline';
      return {
        userId: p.id,
        name: p.display_name,
        agentNo: p.agent_no,
        role: p.role,
        branchCode: p.branch_code,
        state,
        since: s?.at ?? null,
        flag: offHook.has(p.id) ? ('offHookNoCall' as const) : flagOf(state, s?.at ?? null, now),
      };
    }),
    posts: posts.map((p) => ({
      handoverId: p.handoverId,
      post: p.post,
      onDuty: p.onDuty,
      staffed: p.onDuty.some((id) => stateOf(id) === 'ready'),
    })),
    busyLines: busy.map((b) => ({
      id: b.id,
      branchCode: b.branch_code,
      branchName: b.name,
      branchNameEn: b.name_en,
      raisedAt: b.raised_at,
      queued: b.queued,
      offered: b.offered,
      abandoned: b.abandoned,
      peakQueued: b.peak_queued,
    })),
  };
};
