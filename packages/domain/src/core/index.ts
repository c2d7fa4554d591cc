/** Injected time source: the domain never reads the system clock itself. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (
  iso: string | Date,
): Clock & { set(next: string | Date): void; advance(ms: number): void } => {
  let current = new Date(iso);
  return {
    now: () => new Date(current.getTime()),
    set: (next) => {
      current = new Date(next);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
};

/**
 * A refusal the business rules can explain. `code` is stable and mapped to HTTP and to zh/en messages in
 * exactly one place (server/errors.ts); the domain never speaks HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export type Refusal = { ok: false; code: string; details?: Record<string, unknown> };
export type Outcome<T> = ({ ok: true } & T) | Refusal;

export { MAX_LINKED_ARTICLES, parseArticleIds } from './article-ids.ts';
export { BUSINESS_TIME_ZONE, beijingDateTimeOf, beijingDayOf, beijingMidnight } from './business-day.ts';
export { type Label, type LabelLanguage, type LabelRegistry, labelOf, OTHER_LABEL } from './labels.ts';
