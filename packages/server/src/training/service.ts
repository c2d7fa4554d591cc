/**
 * Training (issue #17 part 5, seed 002 §四): the yearly plan, sessions, attendance with exam scores, and the
 * certificates a pass earns. A pass (§四(二)3 考核) certifies the session's topic for certificateMonths.
 */
import { randomUUID } from 'node:crypto';
import { localDateOf } from '@claimline/domain/calendar';
import {
  certificateExpiry,
  expiringSoon,
  passes,
  TRAINING_TOPIC_LABELS,
  type TrainingTopic,
} from '@claimline/domain/training';
import type { z } from 'zod';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import * as repo from './repository.ts';
import type { attendanceBody, createPlanBody, createSessionBody } from './schema.ts';
import { TRAINING_SETTINGS } from './settings.ts';

const label = (t: string) => TRAINING_TOPIC_LABELS[t as TrainingTopic] ?? { zh: t, en: t };

const audit = (
  tx: Tx,
  ctx: RequestCtx,
  action: 'training.plan.create' | 'training.session.create' | 'training.attendance.record',
  objectId: string,
  details: Record<string, unknown>,
) =>
  appendAudit(tx, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action,
    objectType: 'training',
    objectId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details,
  });

const planView = (p: Awaited<ReturnType<typeof repo.listPlans>>[number]) => ({
  id: p.id,
  year: p.year,
  title: p.title,
  goals: p.goals,
  content: p.content,
  schedule: p.schedule,
});

export const listPlans = async (deps: Deps, ctx: RequestCtx) => ({
  items: (await repo.listPlans(deps.db, ctx.actor.scope)).map(planView),
});

export const createPlan = (deps: Deps, ctx: RequestCtx, body: z.infer<typeof createPlanBody>) =>
  deps.db.transaction().execute(async (tx) => {
    const row = {
      id: randomUUID(),
      branch_id: ctx.actor.branchId,
      ...body,
      created_by: ctx.actor.id,
      created_at: ctx.clock.now(),
    };
    await tx.insertInto('training_plans').values(row).execute();
    await audit(tx, ctx, 'training.plan.create', row.id, { year: body.year, title: body.title });
    return planView(row);
  });

const sessionView = async (q: Db | Tx, s: NonNullable<Awaited<ReturnType<typeof repo.findSession>>>) => ({
  id: s.id,
  planId: s.plan_id,
  topic: s.topic,
  topicLabel: label(s.topic),
  title: s.title,
  day: s.day,
  place: s.place,
  trainer: s.trainer,
  attendance: (await repo.attendanceOf(q, s.id)).map((a) => ({
    userId: a.user_id,
    name: a.display_name,
    attended: a.attended,
    examScore: a.exam_score,
    passed: a.exam_score === null ? null : a.attended && passes(a.exam_score, TRAINING_SETTINGS),
  })),
});

export const listSessions = async (deps: Deps, ctx: RequestCtx) => ({
  items: await Promise.all(
    (await repo.listSessions(deps.db, ctx.actor.scope)).map((s) => sessionView(deps.db, s)),
  ),
});

export const getSession = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const s = await repo.findSession(deps.db, id, ctx.actor.scope);
  if (!s) throw new AppError('TRAINING_SESSION_NOT_FOUND');
  return sessionView(deps.db, s);
};

export const createSession = (deps: Deps, ctx: RequestCtx, body: z.infer<typeof createSessionBody>) =>
  deps.db.transaction().execute(async (tx) => {
    const row = {
      id: randomUUID(),
      plan_id: body.planId ?? null,
      branch_id: ctx.actor.branchId,
      topic: body.topic,
      title: body.title,
      day: body.day,
      place: body.place,
      trainer: body.trainer,
      created_by: ctx.actor.id,
      created_at: ctx.clock.now(),
    };
    await tx.insertInto('training_sessions').values(row).execute();
    await audit(tx, ctx, 'training.session.create', row.id, { topic: body.topic, day: body.day });
    return sessionView(tx, row);
  });

/**
 * Records who attended and their exam scores (§四(二)3). A pass by someone present certifies the session's topic
 * from the session's day; a later re-record keeps the certificates already issued (they are records of a pass).
 */
export const recordAttendance = (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  body: z.infer<typeof attendanceBody>,
) =>
  deps.db.transaction().execute(async (tx) => {
    const s = await repo.findSession(tx, id, ctx.actor.scope);
    if (!s) throw new AppError('TRAINING_SESSION_NOT_FOUND');
    const ids = body.records.map((r) => r.userId);
    const known = await tx
      .selectFrom('users')
      .select('id')
      .where('id', 'in', ids)
      .where('branch_id', 'in', ctx.actor.scope)
      .execute();
    if (known.length !== new Set(ids).size) throw new AppError('TRAINING_USER_NOT_FOUND');
    const now = ctx.clock.now();
    for (const r of body.records) {
      await tx
        .insertInto('training_attendance')
        .values({
          session_id: id,
          user_id: r.userId,
          attended: r.attended,
          exam_score: r.examScore,
          recorded_by: ctx.actor.id,
          recorded_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['session_id', 'user_id']).doUpdateSet({
            attended: r.attended,
            exam_score: r.examScore,
            recorded_by: ctx.actor.id,
            recorded_at: now,
          }),
        )
        .execute();
      const certified = await tx
        .selectFrom('training_certificates')
        .select('id')
        .where('session_id', '=', id)
        .where('user_id', '=', r.userId)
        .executeTakeFirst();
      if (r.attended && r.examScore !== null && passes(r.examScore, TRAINING_SETTINGS) && !certified)
        await tx
          .insertInto('training_certificates')
          .values({
            id: randomUUID(),
            user_id: r.userId,
            topic: s.topic,
            session_id: id,
            issued_on: s.day,
            expires_on: certificateExpiry(s.day, TRAINING_SETTINGS.certificateMonths),
            created_at: now,
          })
          .execute();
    }
    await audit(tx, ctx, 'training.attendance.record', id, {
      records: body.records.map((r) => ({ userId: r.userId, attended: r.attended, examScore: r.examScore })),
    });
    return sessionView(tx, s);
  });

/** Certificates in scope (an agent sees their own), with those expiring soon flagged. */
export const listCertificates = async (deps: Deps, ctx: RequestCtx, onlySoon: boolean) => {
  const own = !ctx.actor.permissions.includes('training.manage');
  const rows = await repo.certificatesIn(deps.db, ctx.actor.scope, own ? ctx.actor.id : undefined);
  const today = localDateOf(ctx.clock.now());
  const certs = rows.map((c) => ({ ...c, topic: c.topic, issuedOn: c.issued_on, expiresOn: c.expires_on }));
  const soon = new Set(expiringSoon(certs, today, TRAINING_SETTINGS.expiringSoonDays).map((c) => c.id));
  return {
    passMark: TRAINING_SETTINGS.passMark,
    items: certs
      .filter((c) => !onlySoon || soon.has(c.id))
      .map((c) => ({
        id: c.id,
        userId: c.user_id,
        name: c.display_name,
        topic: c.topic,
        topicLabel: label(c.topic),
        issuedOn: c.issuedOn,
        expiresOn: c.expiresOn,
        expiringSoon: soon.has(c.id),
      })),
  };
};
