import { ARTICLE_MACHINE, KNOWLEDGE_CATEGORIES } from '@claimline/domain/knowledge';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import {
  articleUsedBy,
  findArticle,
  findVersion,
  listAttachments,
  listVersions,
  readableBranchIds,
} from './repository.ts';
import { articleFacts, isMaintainer } from './workflow.ts';

const OTHER = { zh: '其他', en: 'Other' };
const pick = (reg: Readonly<Record<string, { zh: string; en: string }>>, code: string) =>
  Object.hasOwn(reg, code) ? reg[code]! : OTHER;
export const categoryLabel = (c: string) => pick(KNOWLEDGE_CATEGORIES, c);
export const stateLabel = (s: string) => pick(ARTICLE_MACHINE.states, s);

/** The first characters of a body as plain text, for a result list. */
export const snippetOf = (md: string, max = 90) => {
  const plain = md
    .replace(/[#>*_`~[\]()!-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max)}…` : plain;
};

/**
 * One article as the person may see it: a reader gets the published version only; a maintainer of its branch gets
 * the current version (a draft too), the history and the moves. `versionNo` shows an older version of the history.
 */
export const loadArticleView = async (db: Db | Tx, ctx: RequestCtx, id: string, versionNo?: number) => {
  const branchIds = await readableBranchIds(db, ctx.actor.branchPath, ctx.actor.scope);
  const a = await findArticle(db, id, branchIds);
  if (!a) throw new AppError('KNOWLEDGE_ARTICLE_NOT_FOUND');
  const maintainer = isMaintainer(ctx, a);
  const roleOk = a.roles.length === 0 || a.roles.includes(ctx.actor.role);
  if (!maintainer && (a.state !== 'published' || !roleOk)) throw new AppError('KNOWLEDGE_ARTICLE_NOT_FOUND');
  const shown =
    versionNo && maintainer ? versionNo : maintainer ? a.current_version : (a.published_version ?? 0);
  const v = await findVersion(db, a.id, shown);
  if (!v) throw new AppError('KNOWLEDGE_ARTICLE_NOT_FOUND');
  const [history, files, branch, editor, usedBy] = await Promise.all([
    maintainer ? listVersions(db, a.id) : Promise.resolve([]),
    listAttachments(db, a.id),
    db.selectFrom('branches').select('name').where('id', '=', a.branch_id).executeTakeFirstOrThrow(),
    db.selectFrom('users').select('display_name').where('id', '=', v.edited_by).executeTakeFirstOrThrow(),
    articleUsedBy(db, a.id),
  ]);
  const now = ctx.clock.now();
  const moves = maintainer ? offeredMoves(ARTICLE_MACHINE, a.state, await articleFacts(db, a, ctx, now)) : [];
  return {
    id: a.id,
    title: v.title,
    category: a.category,
    categoryLabel: categoryLabel(a.category),
    product: a.product,
    state: a.state,
    stateLabel: stateLabel(a.state),
    versionNo: v.version_no,
    branchName: branch.name,
    reviewAt: a.review_at,
    reviewDue: a.review_at.getTime() <= now.getTime(),
    updatedAt: a.updated_at,
    version: a.version,
    currentVersion: a.current_version,
    publishedVersion: a.published_version,
    branchId: a.branch_id,
    roles: a.roles,
    bodyMd: v.body_md,
    questions: v.questions,
    keywords: v.keywords,
    source: v.source,
    editedBy: editor.display_name,
    editedAt: v.edited_at,
    canEdit: maintainer && a.state === 'draft',
    versions: history.map((h) => ({
      versionNo: h.version_no,
      title: h.title,
      changeNote: h.change_note,
      editedAt: h.edited_at,
      editor: h.editor,
    })),
    attachments: files.map((f) => ({
      id: f.id,
      fileName: f.file_name,
      contentType: f.content_type,
      sizeBytes: f.size_bytes,
      uploadedAt: f.uploaded_at,
    })),
    moves,
    usedBy,
  };
};
