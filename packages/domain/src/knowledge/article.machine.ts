/**
 * A knowledge-base article's life (issue #20 part 1): draft → review → published (→ archived). Every save of the
 * text is a new version (the server never overwrites one); the machine decides who may move the article and when.
 * Head office and branch service managers maintain the base (permission knowledge.manage); agents only read the
 * published version. Seed 002 §四(一)3: self-study materials; §三(一)3: answers by the company's product knowledge.
 */
import { defineMachine, type GuardDef } from '../workflow/index.ts';

export type ArticleFacts = {
  /** knowledge.manage and the article's branch in the actor's scope (the server computes it). */
  maintainer: boolean;
  /** A title and a body of some length: nothing empty goes to review. */
  hasContent: boolean;
  /** The review date is set and still ahead: nothing is published already due for review. */
  reviewDateAhead: boolean;
  /** The note the person typed with the move (required to send back or archive). */
  note: string | undefined;
};

const guards = {
  maintainer: {
    code: 'KNOWLEDGE_NOT_MAINTAINER',
    kind: 'actor',
    test: (f) => f.maintainer,
    doc: "a service manager of the article's branch or head office (knowledge.manage)",
  },
  hasContent: {
    code: 'KNOWLEDGE_ARTICLE_EMPTY',
    kind: 'state',
    test: (f) => f.hasContent,
    doc: 'the current version has a title and a body',
  },
  reviewDateAhead: {
    code: 'KNOWLEDGE_REVIEW_DATE_PASSED',
    kind: 'state',
    test: (f) => f.reviewDateAhead,
    doc: 'the review (expiry) date is in the future',
  },
  noted: {
    code: 'KNOWLEDGE_NOTE_REQUIRED',
    kind: 'input',
    test: (f) => (f.note ?? '').trim().length > 0,
    doc: 'a note saying why',
  },
} as const satisfies Record<string, GuardDef<ArticleFacts>>;

const SOURCE = 'issue #20 part 1; seed 002 §四(一)3 学习资料, §三(一)3 依据公司产品知识和相关规定';

export const ARTICLE_MACHINE = defineMachine<ArticleFacts>()({
  id: 'knowledgeArticle',
  title: { zh: '知识库文章', en: 'Knowledge article' },
  source: 'Issue #20 part 1: versioned articles, draft → review → published, archived when no longer valid.',
  initial: 'draft',
  states: {
    draft: { zh: '草稿', en: 'Draft' },
    review: { zh: '待审核', en: 'In review' },
    published: { zh: '已发布', en: 'Published' },
    archived: { zh: '已归档', en: 'Archived' },
  },
  events: {
    submit: { zh: '提交审核', en: 'Submit for review' },
    publish: { zh: '审核发布', en: 'Publish' },
    sendBack: { zh: '退回修改', en: 'Send back' },
    revise: { zh: '撤回修订', en: 'Withdraw to revise' },
    archive: { zh: '归档', en: 'Archive' },
    restore: { zh: '恢复为草稿', en: 'Restore to draft' },
  },
  guards,
  effects: {
    index: 'writes the published version into the search index',
    unindex: 'takes the article out of the search index',
    stampPublished: 'records who published which version, and when',
  },
  rows: [
    {
      from: 'draft',
      event: 'submit',
      guards: ['maintainer', 'hasContent'],
      to: 'review',
      effects: [],
      source: SOURCE,
    },
    {
      from: 'review',
      event: 'publish',
      guards: ['maintainer', 'hasContent', 'reviewDateAhead'],
      to: 'published',
      effects: ['stampPublished', 'index'],
      source: SOURCE,
    },
    {
      from: 'review',
      event: 'sendBack',
      guards: ['maintainer', 'noted'],
      to: 'draft',
      effects: [],
      source: SOURCE,
    },
    {
      from: 'published',
      event: 'revise',
      guards: ['maintainer'],
      to: 'draft',
      effects: ['unindex'],
      source: SOURCE,
    },
    {
      from: 'published',
      event: 'archive',
      guards: ['maintainer', 'noted'],
      to: 'archived',
      effects: ['unindex'],
      source: SOURCE,
    },
    {
      from: 'draft',
      event: 'archive',
      guards: ['maintainer', 'noted'],
      to: 'archived',
      effects: [],
      source: SOURCE,
    },
    { from: 'archived', event: 'restore', guards: ['maintainer'], to: 'draft', effects: [], source: SOURCE },
  ],
  notAllowed: 'KNOWLEDGE_TRANSITION_NOT_ALLOWED',
});

export type ArticleState = keyof typeof ARTICLE_MACHINE.states;
export type ArticleEvent = keyof typeof ARTICLE_MACHINE.events;
