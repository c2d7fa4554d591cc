import { addMonths } from 'date-fns';

/** The kinds of article the issue names (issue #20 part 1; seed 002 §二(一)1: 保险条款、保障范围、理赔流程). */
export const KNOWLEDGE_CATEGORIES = {
  product: { zh: '产品', en: 'Product' },
  coverage: { zh: '保障范围', en: 'Coverage' },
  clause: { zh: '条款', en: 'Clause' },
  claimProcess: { zh: '理赔流程', en: 'Claim process' },
  serviceRule: { zh: '服务规范', en: 'Service rule' },
  faq: { zh: '常见问题', en: 'FAQ' },
} as const;
export type KnowledgeCategory = keyof typeof KNOWLEDGE_CATEGORIES;
export const KNOWLEDGE_CATEGORY_CODES = Object.keys(KNOWLEDGE_CATEGORIES) as [
  KnowledgeCategory,
  ...KnowledgeCategory[],
];

/**
 * How long a published article stays valid before a maintainer must look at it again. No seed gives a number:
 * a setting of the centre (issue #20 "with an expiry or review date"); the editor proposes it, the maintainer sets it.
 */
export const DEFAULT_REVIEW_MONTHS = 12;
export const defaultReviewAt = (now: Date, months = DEFAULT_REVIEW_MONTHS): Date => addMonths(now, months);

/**
 * A question an agent is not sure of (seed 002 §三(一)3 "如遇不确定的问题，应及时向同事或上级请教，确保在规定时间内
 * 回复客户"): asked of a colleague or the team lead, answered, and perhaps turned into an article. The case's own
 * reply clock keeps running: asking never pauses a deadline.
 */
export const QUESTION_STATES = {
  open: { zh: '待解答', en: 'Open' },
  answered: { zh: '已解答', en: 'Answered' },
} as const;
export type QuestionState = keyof typeof QUESTION_STATES;

/** Markdown is stored, never HTML: a body with an HTML tag is refused so nothing can be injected into the console. */
export const HTML_TAG = /<\s*\/?\s*[a-z!][^>]*>/i;
export const hasHtml = (markdown: string): boolean => HTML_TAG.test(markdown);
