import { DomainError } from '../core/index.ts';
import defaults from './qa-scorecard.zh-CN.json' with { type: 'json' };

/** The items of the automatic call QA scorecard (issue #5 part 5), in display order. */
export const QA_ITEM_IDS = [
  'greeting',
  'surnameAddress',
  'claimReportQuestions',
  'noForbiddenPhrase',
  'closing',
  'customerHungUpFirst',
  'answeredWithinRings',
  'restatedRequest',
  'lateAnswerApology',
  'surnameHeardUsed',
] as const;
export type QaItemId = (typeof QA_ITEM_IDS)[number];

export type QaItemConfig = { id: QaItemId; weight: number; enabled: boolean; source: string };
export type ClaimQuestion = { id: string; label: string; anyOf: string[] };
export type QaConfig = {
  items: QaItemConfig[];
  greetingOpening: string[];
  titles: string[];
  closingPhrases: string[];
  claimReportQuestions: ClaimQuestion[];
  /** Words that restate and confirm the customer's request (seed 001 第二篇 六(一)). */
  restateMarkers: string[];
  /** The apology for answering after the allowed rings (seed 000 一(四)1: 让您久等了). */
  lateAnswerApology: string[];
};

type Json = Record<string, unknown>;
const invalid = (path: string): never => {
  throw new DomainError('QA_CONFIG_INVALID', { path });
};
const obj = (v: unknown, path: string): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : invalid(path);
const str = (v: unknown, path: string): string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= 200 ? v : invalid(path);
const strings = (v: unknown, path: string): string[] => {
  const a = Array.isArray(v) && v.length > 0 && v.length <= 50 ? v : invalid(path);
  return a.map((x, i) => str(x, `${path}[${i}]`));
};

const shipped = defaults as unknown as Json;
const shippedItem = (id: QaItemId): QaItemConfig | undefined =>
  (shipped.items as QaItemConfig[]).find((x) => x.id === id);
const shippedList = (key: 'restateMarkers' | 'lateAnswerApology'): string[] => [
  ...(shipped[key] as string[]),
];

/**
 * Validates a scorecard configuration: every item at most once (a missing one is taken from the shipped file), weights whole numbers 0–100 with at least one
 * enabled item of positive weight, non-empty keyword lists. A bad edit is refused with QA_CONFIG_INVALID.
 */
export const parseQaConfig = (data: unknown): QaConfig => {
  const root = obj(data, '$');
  const rawItems = Array.isArray(root.items) ? root.items : invalid('$.items');
  const items = rawItems.map((v, i) => {
    const o = obj(v, `$.items[${i}]`);
    const id = QA_ITEM_IDS.find((x) => x === o.id) ?? invalid(`$.items[${i}].id`);
    const weight =
      typeof o.weight === 'number' && Number.isInteger(o.weight) && o.weight >= 0 && o.weight <= 100
        ? o.weight
        : invalid(`$.items[${i}].weight`);
    const enabled = typeof o.enabled === 'boolean' ? o.enabled : invalid(`$.items[${i}].enabled`);
    return { id, weight, enabled, source: str(o.source ?? 'authored', `$.items[${i}].source`) };
  });
  for (const id of QA_ITEM_IDS) if (items.filter((x) => x.id === id).length > 1) invalid(`$.items ${id}`);
  // A scorecard saved before an item existed gets that item with its shipped weight (issue 15 added three).
  for (const id of QA_ITEM_IDS)
    if (!items.some((x) => x.id === id)) items.push(shippedItem(id) ?? invalid(`$.items ${id}`));
  if (!items.some((x) => x.enabled && x.weight > 0)) invalid('$.items weights');
  const questions = Array.isArray(root.claimReportQuestions) ? root.claimReportQuestions : invalid('$.q');
  return {
    items: QA_ITEM_IDS.map((id) => items.find((x) => x.id === id)!),
    greetingOpening: strings(root.greetingOpening, '$.greetingOpening'),
    titles: strings(root.titles, '$.titles'),
    closingPhrases: strings(root.closingPhrases, '$.closingPhrases'),
    restateMarkers:
      root.restateMarkers === undefined
        ? shippedList('restateMarkers')
        : strings(root.restateMarkers, '$.restateMarkers'),
    lateAnswerApology:
      root.lateAnswerApology === undefined
        ? shippedList('lateAnswerApology')
        : strings(root.lateAnswerApology, '$.lateAnswerApology'),
    claimReportQuestions: questions.map((v, i) => {
      const o = obj(v, `$.claimReportQuestions[${i}]`);
      return {
        id: str(o.id, `$.claimReportQuestions[${i}].id`),
        label: str(o.label, `$.claimReportQuestions[${i}].label`),
        anyOf: strings(o.anyOf, `$.claimReportQuestions[${i}].anyOf`),
      };
    }),
  };
};

/** The default scorecard (qa-scorecard.zh-CN.json). */
export const DEFAULT_QA_CONFIG: QaConfig = parseQaConfig(defaults);
