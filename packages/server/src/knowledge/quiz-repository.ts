import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { KnowledgeTables } from '../db/schema-knowledge.ts';

type Quizzes = KnowledgeTables['knowledge_quizzes'];
type Attempts = KnowledgeTables['knowledge_quiz_attempts'];

const QUIZ_COLUMNS = [
  'q.id',
  'q.branch_id',
  'q.topic',
  'q.title',
  'q.pass_mark',
  'q.certifies',
  'q.questions',
  'q.article_ids',
  'q.published',
  'q.version',
  'b.name as branch_name',
] as const;

export const listQuizzes = (db: Db | Tx, branchIds: readonly string[]) =>
  db
    .selectFrom('knowledge_quizzes as q')
    .innerJoin('branches as b', 'b.id', 'q.branch_id')
    .select(QUIZ_COLUMNS)
    .where('q.branch_id', 'in', [...branchIds])
    .orderBy('q.updated_at', 'desc')
    .limit(500)
    .execute();
export type QuizRow = Awaited<ReturnType<typeof listQuizzes>>[number];

export const findQuiz = (db: Db | Tx, id: string, branchIds: readonly string[]) =>
  db
    .selectFrom('knowledge_quizzes as q')
    .innerJoin('branches as b', 'b.id', 'q.branch_id')
    .select(QUIZ_COLUMNS)
    .where('q.id', '=', id)
    .where('q.branch_id', 'in', [...branchIds])
    .executeTakeFirst();

export const lockQuiz = (tx: Tx, id: string, scope: readonly string[]) =>
  tx
    .selectFrom('knowledge_quizzes')
    .select(['id', 'branch_id', 'version'])
    .where('id', '=', id)
    .where('branch_id', 'in', [...scope])
    .forUpdate()
    .executeTakeFirst();

export const insertQuiz = (tx: Tx, row: Insertable<Quizzes>) =>
  tx.insertInto('knowledge_quizzes').values(row).execute();

export const updateQuiz = (tx: Tx, id: string, patch: Updateable<Quizzes>) =>
  tx.updateTable('knowledge_quizzes').set(patch).where('id', '=', id).execute();

export const insertAttempt = (tx: Tx, row: Insertable<Attempts>) =>
  tx.insertInto('knowledge_quiz_attempts').values(row).execute();

export type BestAttempt = { quiz_id: string; best: number; passed: boolean; attempts: number };
export const bestAttempts = (db: Db | Tx, userId: string) =>
  db
    .selectFrom('knowledge_quiz_attempts')
    .select([
      'quiz_id',
      sql<number>`max(score)`.as('best'),
      sql<boolean>`bool_or(passed)`.as('passed'),
      sql<number>`count(*)::int`.as('attempts'),
    ])
    .where('user_id', '=', userId)
    .groupBy('quiz_id')
    .execute() as Promise<BestAttempt[]>;

/** Whether this person already earned a certificate from this version of the quiz. */
export const certifiedBy = async (tx: Tx, userId: string, quizId: string, version: number) =>
  (await tx
    .selectFrom('knowledge_quiz_attempts')
    .select('id')
    .where('user_id', '=', userId)
    .where('quiz_id', '=', quizId)
    .where('quiz_version', '=', version)
    .where('certificate_id', 'is not', null)
    .executeTakeFirst()) !== undefined;

export const attemptsIn = (db: Db | Tx, scope: readonly string[], userId: string | undefined) => {
  let query = db
    .selectFrom('knowledge_quiz_attempts as a')
    .innerJoin('knowledge_quizzes as q', 'q.id', 'a.quiz_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select([
      'a.id',
      'a.quiz_id',
      'q.title',
      'q.topic',
      'a.user_id',
      'u.display_name',
      'a.score',
      'a.passed',
      'a.certificate_id',
      'a.taken_at',
    ])
    .where('a.branch_id', 'in', [...scope]);
  if (userId) query = query.where('a.user_id', '=', userId);
  return query.orderBy('a.taken_at', 'desc').limit(500).execute();
};

export const attemptFacts = (db: Db | Tx, userId: string, from: Date, to: Date) =>
  db
    .selectFrom('knowledge_quiz_attempts')
    .select(['quiz_id', 'score'])
    .where('user_id', '=', userId)
    .where('taken_at', '>=', from)
    .where('taken_at', '<', to)
    .execute();

/** Attempts taken in [from, to) by people of a branch's subtree that the caller may see (a plan's actual). */
export const subtreeAttemptFacts = (
  db: Db | Tx,
  branchId: string,
  callerScope: readonly string[],
  from: Date,
  to: Date,
) =>
  db
    .selectFrom('knowledge_quiz_attempts as a')
    .innerJoin('branches as b', 'b.id', 'a.branch_id')
    .select(['a.user_id', 'a.quiz_id', 'a.score'])
    .where(sql<boolean>`b.path LIKE (SELECT path FROM branches WHERE id = ${branchId}) || '%'`)
    .where('a.branch_id', 'in', [...callerScope])
    .where('a.taken_at', '>=', from)
    .where('a.taken_at', '<', to)
    .execute();
