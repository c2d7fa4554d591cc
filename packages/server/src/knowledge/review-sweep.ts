import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit.ts';
import type { Deps } from '../http/context.ts';
import { insertNotifications } from '../notifications/repository.ts';

/** Articles flagged per sweep; the rest wait for the next one. */
export const REVIEW_SWEEP_BATCH = 200;

/**
 * The review (expiry) date of a published article has passed: its maintainers are told once (the service managers
 * of its branch, head office for head office's own) and the article shows 待复审 until it is saved with a new date or
 * republished. Runs with the deadline sweeper on every node; SKIP LOCKED, so two nodes never flag the same row.
 */
export const flagArticlesDueForReview = async (deps: Pick<Deps, 'db' | 'clock'>) => {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('knowledge_articles')
      .select(['id', 'branch_id', 'published_version'])
      .where('state', '=', 'published')
      .where('review_flagged_at', 'is', null)
      .where('review_at', '<=', now)
      .limit(REVIEW_SWEEP_BATCH)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const a of due) {
      const v = await tx
        .selectFrom('knowledge_versions')
        .select('title')
        .where('article_id', '=', a.id)
        .where('version_no', '=', a.published_version ?? 1)
        .executeTakeFirst();
      const people = await tx
        .selectFrom('users')
        .select('id')
        .where('branch_id', '=', a.branch_id)
        .where('role', 'in', ['serviceManager', 'headOffice'])
        .where('active', '=', true)
        .execute();
      if (people.length > 0)
        await insertNotifications(
          tx,
          people.map((p) => ({
            id: randomUUID(),
            user_id: p.id,
            case_id: null,
            deadline_id: null,
            kind: 'warn',
            escalation_level: 0,
            message_zh: `知识文章「${v?.title ?? ''}」已到复审日期，请复核后更新或归档`,
            message_en: `Knowledge article "${v?.title ?? ''}" is due for review: update or archive it`,
            created_at: now,
            read_at: null,
          })),
        );
      await tx
        .updateTable('knowledge_articles')
        .set({ review_flagged_at: now })
        .where('id', '=', a.id)
        .execute();
      await appendAudit(tx, {
        at: now,
        actor: null,
        action: 'knowledgeArticle.reviewDue',
        objectType: 'knowledgeArticle',
        objectId: a.id,
        result: 'success',
        requestId: null,
        ip: null,
        details: { notified: people.length },
      });
    }
    return due.length;
  });
};
