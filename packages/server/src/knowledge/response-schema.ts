import { z } from 'zod';
import { answers, instantDate, named, noContent, offeredMoveAnswer, stored, zhEn } from '../http/answers.ts';

const ARTICLE_STATES = ['draft', 'review', 'published', 'archived'] as const;
const person = z.object({ id: z.string(), name: z.string() });

const articleSummary = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  categoryLabel: zhEn,
  product: z.string().nullable(),
  state: stored(ARTICLE_STATES),
  stateLabel: zhEn,
  versionNo: z.number().int(),
  branchName: z.string(),
  reviewAt: instantDate,
  /** The review date has passed: the maintainers were told (the sweeper), the article waits for a look. */
  reviewDue: z.boolean(),
  updatedAt: instantDate,
});

export const articleAnswer = named(
  'KnowledgeArticle',
  articleSummary.extend({
    version: z.number().int(),
    currentVersion: z.number().int(),
    publishedVersion: z.number().int().nullable(),
    branchId: z.string(),
    roles: z.array(z.string()),
    bodyMd: z.string(),
    questions: z.array(z.string()),
    keywords: z.array(z.string()),
    source: z.string().nullable(),
    editedBy: z.string(),
    editedAt: instantDate,
    /** A draft the person may edit (maintainer); a new save makes a new version. */
    canEdit: z.boolean(),
    versions: z.array(
      z.object({
        versionNo: z.number().int(),
        title: z.string(),
        changeNote: z.string().nullable(),
        editedAt: instantDate,
        editor: z.string(),
      }),
    ),
    attachments: z.array(
      z.object({
        id: z.string(),
        fileName: z.string(),
        contentType: z.string(),
        sizeBytes: z.number().int(),
        uploadedAt: instantDate,
      }),
    ),
    moves: z.array(offeredMoveAnswer),
    /** The phrase situations and checklist items in force that link to this article (issue #20). */
    usedBy: z.array(
      z.object({
        source: z.string(),
        sourceLabel: zhEn,
        key: z.string(),
        label: zhEn,
        sourceVersion: z.number().int(),
      }),
    ),
  }),
);

export const articleResponse = answers({ 200: articleAnswer });
export const articleCreatedResponse = answers({ 201: articleAnswer });
export const articleListResponse = answers({
  200: named('KnowledgeArticleList', z.object({ items: z.array(articleSummary) })),
});

/** Articles linked from a script or checklist item, as this reader may open them (unavailable: no title). */
export const linkedArticlesResponse = answers({
  200: named(
    'KnowledgeLinkedArticles',
    z.object({
      items: z.array(
        z.object({
          id: z.string(),
          available: z.boolean(),
          title: z.string().nullable(),
          categoryLabel: zhEn.nullable(),
        }),
      ),
    }),
  ),
});

export const searchResponse = answers({
  200: named(
    'KnowledgeSearch',
    z.object({
      items: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          category: z.string(),
          categoryLabel: zhEn,
          versionNo: z.number().int(),
          /** The start of the body, Markdown marks removed. */
          snippet: z.string(),
          score: z.number(),
        }),
      ),
    }),
  ),
});

const linkAnswer = named(
  'KnowledgeLink',
  z.object({
    id: z.string(),
    articleId: z.string(),
    versionNo: z.number().int(),
    title: z.string(),
    linkedAt: instantDate,
    linkedBy: z.string(),
  }),
);
export const linkCreatedResponse = answers({ 201: linkAnswer });
export const linkListResponse = answers({
  200: named('KnowledgeLinkList', z.object({ items: z.array(linkAnswer) })),
});

const questionAnswer = named(
  'KnowledgeQuestion',
  z.object({
    id: z.string(),
    question: z.string(),
    state: stored(['open', 'answered']),
    stateLabel: zhEn,
    caseId: z.string().nullable(),
    caseNumber: z.string().nullable(),
    /** The case's reply clock, which keeps running while the question is open (seed 002 §三(一)3). */
    caseDueAt: instantDate.nullable(),
    askedBy: person,
    askedTo: person,
    answer: z.string().nullable(),
    answeredAt: instantDate.nullable(),
    articleId: z.string().nullable(),
    createdAt: instantDate,
    /** Which texts are shown masked (personal data sealed): each can be revealed with a reason, audited. */
    sealed: z.array(z.enum(['question', 'answer'])),
  }),
);
export const questionResponse = answers({ 200: questionAnswer });
export const questionCreatedResponse = answers({ 201: questionAnswer });
export const questionListResponse = answers({
  200: named('KnowledgeQuestionList', z.object({ items: z.array(questionAnswer) })),
});
export const questionRevealResponse = answers({
  200: named(
    'KnowledgeQuestionReveal',
    z.object({ field: z.enum(['question', 'answer']), value: z.string().nullable() }),
  ),
});
/** A draft FAQ from an answered question: whether personal data was masked in it (the editor is told). */
export const articleFromQuestionResponse = answers({
  201: named(
    'KnowledgeArticleFromQuestion',
    z.object({ article: articleAnswer, personalDataMasked: z.boolean() }),
  ),
});
export const attachmentCreatedResponse = answers({ 201: articleAnswer });
export { noContent };
