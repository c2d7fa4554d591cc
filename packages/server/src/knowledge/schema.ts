import { ROLES } from '@claimline/domain/access';
import { ARTICLE_MACHINE, KNOWLEDGE_CATEGORY_CODES } from '@claimline/domain/knowledge';
import { z } from 'zod';

export const articleIdParams = z.object({ id: z.uuid() });
export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
export const versionParams = z.object({ id: z.uuid(), versionNo: z.coerce.number().int().min(1) });
export const questionIdParams = z.object({ id: z.uuid() });

const line = z.string().trim().min(1).max(200);
/** The text of an article: Markdown (HTML tags are refused by the service, so nothing is stored to inject). */
const content = {
  title: z.string().trim().min(1).max(120),
  bodyMd: z.string().max(20_000),
  questions: z.array(line).max(20).default([]),
  keywords: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
  source: z.string().trim().max(300).optional(),
};
const meta = {
  category: z.enum(KNOWLEDGE_CATEGORY_CODES),
  product: z.string().trim().min(1).max(40).nullable().default(null),
  /** Roles that see it; empty: every role that reads the knowledge base. */
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  /** The review (expiry) date: the sweeper flags the article to its maintainers when it passes. */
  reviewAt: z.iso.datetime({ offset: true }).optional(),
};

export const createArticleBody = z.object({ ...content, ...meta, branchId: z.uuid().optional() });
export type CreateArticleBody = z.infer<typeof createArticleBody>;

/** A save: a new version, based on the version the editor opened (stale → 409). */
export const saveVersionBody = z.object({
  ...content,
  ...meta,
  version: z.number().int().min(1),
  changeNote: z.string().trim().max(300).optional(),
});
export type SaveVersionBody = z.infer<typeof saveVersionBody>;

const events = Object.keys(ARTICLE_MACHINE.events) as [
  keyof typeof ARTICLE_MACHINE.events,
  ...(keyof typeof ARTICLE_MACHINE.events)[],
];
export const articleMoveBody = z.object({
  event: z.enum(events),
  version: z.number().int().min(1).optional(),
  note: z.string().trim().max(500).optional(),
});
export type ArticleMoveBody = z.infer<typeof articleMoveBody>;

export const articleListQuery = z.object({
  category: z.enum(KNOWLEDGE_CATEGORY_CODES).optional(),
  state: z.enum(['draft', 'review', 'published', 'archived']).optional(),
  title: z.string().trim().max(60).optional(),
});

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(50).default(8),
});

export const useInReplyBody = z.object({ caseId: z.uuid() });

export const askBody = z.object({
  question: z.string().trim().min(2).max(2000),
  askedTo: z.uuid(),
  caseId: z.uuid().optional(),
});
export type AskBody = z.infer<typeof askBody>;

export const answerBody = z.object({ answer: z.string().trim().min(2).max(5000) });
export const questionListQuery = z.object({ box: z.enum(['toMe', 'mine']).default('toMe') });

/** The article ids of one or more linked items, comma-separated (the console asks once per panel). */
export const linkedArticlesQuery = z.object({
  ids: z
    .string()
    .max(40 * 37)
    .transform((s) => s.split(',').filter((x) => x !== ''))
    .pipe(z.array(z.uuid()).max(40)),
});

export const questionRevealBody = z.object({
  field: z.enum(['question', 'answer']),
  reason: z.string().trim().min(1).max(200),
});
