import type { Label } from '../workflow/index.ts';

/**
 * What the counter explains (seed 004 §二 5 解释说明): "理赔的政策、流程、所需时间". The library of texts is kept per
 * branch by its service managers; a visit's explanation stage needs one text of each topic.
 */
export const EXPLANATION_TOPICS = ['policy', 'process', 'expectedTime'] as const;
export type ExplanationTopic = (typeof EXPLANATION_TOPICS)[number];
export const EXPLANATION_TOPIC_LABELS: { readonly [K in ExplanationTopic]: Label } = {
  policy: { zh: '理赔政策', en: 'Claim policy' },
  process: { zh: '理赔流程', en: 'Claim process' },
  expectedTime: { zh: '所需时间', en: 'Expected time' },
};

/** Every topic is covered by at least one of the chosen texts. */
export const topicsCovered = (chosen: readonly { topic: string }[]): boolean =>
  EXPLANATION_TOPICS.every((t) => chosen.some((c) => c.topic === t));

/** Satisfaction on a five-point scale (seed 004 §二 8 反馈沟通; seed 002 §五 满意度). */
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

/** What a walk-in came for (PRODUCT.md C1 case kinds a counter meets). */
export const VISIT_PURPOSES = ['claim', 'consultation', 'other'] as const;
export type VisitPurpose = (typeof VISIT_PURPOSES)[number];
export const VISIT_PURPOSE_LABELS: { readonly [K in VisitPurpose]: Label } = {
  claim: { zh: '理赔', en: 'Claim' },
  consultation: { zh: '咨询', en: 'Consultation' },
  other: { zh: '其他', en: 'Other' },
};

/** A checklist item at the counter: received now, or the visitor is told to bring it. */
export const DOCUMENT_TICKS = ['received', 'toBring'] as const;
export type DocumentTick = (typeof DOCUMENT_TICKS)[number];
export const DOCUMENT_TICK_LABELS: { readonly [K in DocumentTick]: Label } = {
  received: { zh: '已收到', en: 'Received' },
  toBring: { zh: '需补交', en: 'To bring' },
};
export const checklistTicked = (items: readonly { tick: string | null }[]): boolean =>
  items.every((i) => i.tick === 'received' || i.tick === 'toBring');

/**
 * 来有迎声，去有送语 (seed 001 第二篇 五(一)): the standard-phrase pack's situations shown at reception and at closing.
 * The words live in the pack (a service manager edits them); these are the ids the counter asks for.
 */
export const COUNTER_PROMPT_SITUATIONS = {
  greeting: 'counterGreeting',
  farewell: 'counterFarewell',
} as const;
