/** SQL of training (issue #17 part 5, seed 002 §四): plans, sessions, attendance with exam scores, certificates. */
import { missingTraining } from '@claimline/domain/training';
import type { Db, Tx } from '../db/database.ts';
import { TRAINING_SETTINGS } from './settings.ts';

type Q = Db | Tx;

/** For each of these users, the hotline courses with no certificate valid on `day` (only users missing some). */
export const missingTrainingOf = async (q: Q, userIds: readonly string[], day: string) => {
  const out = new Map<string, string[]>();
  if (userIds.length === 0) return out;
  const certs = await q
    .selectFrom('training_certificates')
    .select(['user_id', 'topic', 'issued_on', 'expires_on'])
    .where('user_id', 'in', [...userIds])
    .execute();
  for (const id of userIds) {
    const mine = certs
      .filter((c) => c.user_id === id)
      .map((c) => ({ topic: c.topic, issuedOn: c.issued_on, expiresOn: c.expires_on }));
    const missing = missingTraining(TRAINING_SETTINGS.hotlineRequired, mine, day);
    if (missing.length > 0) out.set(id, missing);
  }
  return out;
};

export const listPlans = (q: Q, scope: readonly string[]) =>
  q
    .selectFrom('training_plans')
    .selectAll()
    .where('branch_id', 'in', [...scope])
    .orderBy('year', 'desc')
    .orderBy('created_at', 'desc')
    .execute();

export const listSessions = (q: Q, scope: readonly string[]) =>
  q
    .selectFrom('training_sessions')
    .selectAll()
    .where('branch_id', 'in', [...scope])
    .orderBy('day', 'desc')
    .execute();

export const findSession = (q: Q, id: string, scope: readonly string[]) =>
  q
    .selectFrom('training_sessions')
    .selectAll()
    .where('id', '=', id)
    .where('branch_id', 'in', [...scope])
    .executeTakeFirst();

export const attendanceOf = (q: Q, sessionId: string) =>
  q
    .selectFrom('training_attendance as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.user_id', 'u.display_name', 'a.attended', 'a.exam_score'])
    .where('a.session_id', '=', sessionId)
    .orderBy('u.username')
    .execute();

export const certificatesIn = (q: Q, scope: readonly string[], userId?: string) => {
  let query = q
    .selectFrom('training_certificates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.id', 'c.user_id', 'u.display_name', 'c.topic', 'c.issued_on', 'c.expires_on'])
    .where('u.branch_id', 'in', [...scope]);
  if (userId) query = query.where('c.user_id', '=', userId);
  return query.orderBy('c.expires_on').execute();
};
