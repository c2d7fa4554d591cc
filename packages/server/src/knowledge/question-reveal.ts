import { appendAuditAlone } from '../audit/audit.ts';
import { unsealText } from '../crypto/sealed-text.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';

/**
 * A question or answer of "不确定，请教" in full (issue #20): the texts are sealed like every free text a person types
 * (crypto/sealed-text.ts), so the original is a reveal: the route needs `personal.reveal`, the reader must be the
 * one who asked, the one asked, or a maintainer of the question's branch, and the audit row with the reason is
 * committed before the value leaves the server. A text that was never sealed answers null: the view is all there is.
 */
export const revealQuestionText = async (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  input: { field: 'question' | 'answer'; reason: string },
) => {
  const q = await deps.db
    .selectFrom('knowledge_questions')
    .select(['id', 'branch_id', 'asked_by', 'asked_to'])
    .where('id', '=', id)
    .executeTakeFirst();
  const party = q && (q.asked_by === ctx.actor.id || q.asked_to === ctx.actor.id);
  const maintainer =
    q && ctx.actor.permissions.includes('knowledge.manage') && ctx.actor.scope.includes(q.branch_id);
  if (!q || !(party || maintainer)) throw new AppError('KNOWLEDGE_QUESTION_NOT_FOUND');
  try {
    await appendAuditAlone(deps.db, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'personal.reveal',
      objectType: 'knowledgeQuestion',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { field: `knowledge_questions.${input.field}`, reason: input.reason },
    });
  } catch {
    throw new AppError('AUDIT_UNAVAILABLE');
  }
  const value = await unsealText(deps.crypto, deps.db, {
    table: 'knowledge_questions',
    rowId: id,
    column: input.field,
  });
  return { field: input.field, value };
};
