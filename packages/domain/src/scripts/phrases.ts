import { parseArticleIds } from '../core/article-ids.ts';
import { DomainError } from '../core/index.ts';
import forbiddenData from './forbidden-phrases.zh-CN.json' with { type: 'json' };
import { compileMatcher, type PhraseMatcher } from './matcher.ts';
import standardData from './standard-phrases.zh-CN.json' with { type: 'json' };
import { templateVariables } from './template.ts';

/**
 * The default phrase data (forbidden-phrases.zh-CN.json, standard-phrases.zh-CN.json), checked on load so a bad
 * edit of the JSON fails at start-up with PHRASE_PACK_INVALID instead of in a call. Sources are cited per entry.
 */

export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type ForbiddenPhrase = {
  id: string;
  phrase: string;
  alternative: string;
  severity: Severity;
  source: string;
  alternativeSource: string;
  /** Cores with bounded "…" gaps caught as this phrase (variants.ts); authored after the phrase's source. */
  variants?: string[];
};
export type AllowContext = { context: string; reason: string; source: string };

export const STEP_ACTIONS = ['hangUp', 'reportToSupervisorIfUnresolved', 'waitForCustomerHangUp'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];
export type ScriptStep = { say: string; or?: string[]; waitSeconds?: number; after?: StepAction };
export type StandardSituation = {
  id: string;
  title: string;
  source: string;
  steps: ScriptStep[];
  note?: string;
  /** Knowledge articles behind this situation, by id (issue #20; knowledge/links.ts): the agent opens them. */
  articleIds?: string[];
};

type Json = Record<string, unknown>;

const invalid = (path: string): never => {
  throw new DomainError('PHRASE_PACK_INVALID', { path });
};
const obj = (v: unknown, path: string): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : invalid(path);
const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : invalid(path));
const str = (v: unknown, path: string): string =>
  typeof v === 'string' && v.trim() !== '' ? v : invalid(path);
const oneOf = <T extends string>(v: unknown, values: readonly T[], path: string): T =>
  values.find((x) => x === v) ?? invalid(path);

export const parseForbiddenPhrases = (
  data: unknown,
): { phrases: ForbiddenPhrase[]; allowContexts: AllowContext[] } => {
  const root = obj(data, '$');
  const phrases = arr(root.phrases, '$.phrases').map((v, i) => {
    const o = obj(v, `$.phrases[${i}]`);
    const at = (k: string) => `$.phrases[${i}].${k}`;
    const phrase: ForbiddenPhrase = {
      id: str(o.id, at('id')),
      phrase: str(o.phrase, at('phrase')),
      alternative: str(o.alternative, at('alternative')),
      severity: oneOf(o.severity, SEVERITIES, at('severity')),
      source: str(o.source, at('source')),
      alternativeSource: str(o.alternativeSource, at('alternativeSource')),
    };
    if (o.variants !== undefined) {
      phrase.variants = arr(o.variants, at('variants')).map((x, k) => {
        const variant = str(x, `${at('variants')}[${k}]`);
        // Each "…" needs words on both sides (variants.ts).
        if (variant.split('…').some((part) => part.trim() === '')) invalid(`${at('variants')}[${k}]`);
        return variant;
      });
    }
    return phrase;
  });
  const allowContexts = arr(root.allowContexts ?? [], '$.allowContexts').map((v, i) => {
    const o = obj(v, `$.allowContexts[${i}]`);
    const at = (k: string) => `$.allowContexts[${i}].${k}`;
    return {
      context: str(o.context, at('context')),
      reason: str(o.reason, at('reason')),
      source: str(o.source, at('source')),
    };
  });
  return { phrases, allowContexts };
};

export const parseStandardPhrases = (data: unknown): StandardSituation[] => {
  const root = obj(data, '$');
  const declared = new Set(Object.keys(obj(root.variables, '$.variables')));
  return arr(root.situations, '$.situations').map((v, i) => {
    const o = obj(v, `$.situations[${i}]`);
    const steps = arr(o.steps, `$.situations[${i}].steps`).map((sv, j) => {
      const path = `$.situations[${i}].steps[${j}]`;
      const s = obj(sv, path);
      const step: ScriptStep = { say: str(s.say, `${path}.say`) };
      if (s.or !== undefined) step.or = arr(s.or, `${path}.or`).map((x, k) => str(x, `${path}.or[${k}]`));
      if (s.waitSeconds !== undefined) {
        step.waitSeconds =
          typeof s.waitSeconds === 'number' && s.waitSeconds > 0 ? s.waitSeconds : invalid(path);
      }
      if (s.after !== undefined) step.after = oneOf(s.after, STEP_ACTIONS, `${path}.after`);
      // Every variable a line uses must be documented in $.variables, so callers know what to pass.
      for (const line of [step.say, ...(step.or ?? [])]) {
        for (const name of templateVariables(line)) if (!declared.has(name)) invalid(`${path} {${name}}`);
      }
      return step;
    });
    const situation: StandardSituation = {
      id: str(o.id, `$.situations[${i}].id`),
      title: str(o.title, `$.situations[${i}].title`),
      source: str(o.source, `$.situations[${i}].source`),
      steps,
    };
    if (o.note !== undefined) situation.note = str(o.note, `$.situations[${i}].note`);
    if (o.articleIds !== undefined && (!Array.isArray(o.articleIds) || o.articleIds.length > 0))
      situation.articleIds = parseArticleIds(o.articleIds) ?? invalid(`$.situations[${i}].articleIds`);
    return situation;
  });
};

export type ForbiddenPack = { phrases: ForbiddenPhrase[]; allowContexts: AllowContext[] };
export type StandardPack = { variables: Record<string, string>; situations: StandardSituation[] };

/** A whole standard-phrase pack as a service manager saves it: the variable glossary and the situations. */
export const parseStandardPack = (data: unknown): StandardPack => {
  const variables = obj(obj(data, '$').variables, '$.variables');
  return {
    variables: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, str(v, `$.variables.${k}`)])),
    situations: parseStandardPhrases(data),
  };
};

const forbidden = parseForbiddenPhrases(forbiddenData);

/** The default forbidden phrases (seed 001 第二篇 四(三) [服务忌语]) with their alternatives. */
export const DEFAULT_FORBIDDEN_PHRASES: readonly ForbiddenPhrase[] = forbidden.phrases;
/** Harmless longer readings of the default phrases (authored, see the JSON for reasons). */
export const DEFAULT_ALLOW_CONTEXTS: readonly AllowContext[] = forbidden.allowContexts;
/** The standard-phrase pack (seed 000 一(一)–(五), seed 001 第二篇 四(三) and 七). */
export const STANDARD_SITUATIONS: readonly StandardSituation[] = parseStandardPhrases(standardData);

/** The shipped packs in the shape a saved version has (version 0 of each kind). */
export const DEFAULT_FORBIDDEN_PACK: ForbiddenPack = forbidden;
export const DEFAULT_STANDARD_PACK: StandardPack = parseStandardPack(standardData);

let defaultMatcher: PhraseMatcher | undefined;

/** The matcher for the default list with its allow-contexts, compiled on first use and shared. */
export const defaultForbiddenPhraseMatcher = (): PhraseMatcher => {
  defaultMatcher ??= compileMatcher(DEFAULT_FORBIDDEN_PHRASES, {
    allowContexts: DEFAULT_ALLOW_CONTEXTS.map((a) => a.context),
  });
  return defaultMatcher;
};
