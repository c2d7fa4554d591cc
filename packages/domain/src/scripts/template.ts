import { DomainError } from '../core/index.ts';

/** `{name}` placeholders of the standard-phrase pack: ASCII identifiers only, so Chinese braces stay text. */
const VARIABLE = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export type TemplateVars = Readonly<Record<string, string | number | undefined>>;

/** The distinct variable names a template uses, in order of first use. */
export const templateVariables = (template: string): string[] => [
  ...new Set(Array.from(template.matchAll(VARIABLE), (m) => m[1]!)),
];

/**
 * Fills `{name}` placeholders in one pass (a value that itself contains `{x}` is not expanded again).
 * A missing, undefined or blank value is refused with TEMPLATE_VARIABLE_MISSING rather than read out as
 * "先生，…" to a customer; extra variables are ignored so one set of call facts can fill every line.
 */
export const fillTemplate = (template: string, vars: TemplateVars): string => {
  const missing = templateVariables(template).filter((name) => {
    const v = Object.hasOwn(vars, name) ? vars[name] : undefined;
    return v === undefined || String(v).trim() === '';
  });
  if (missing.length > 0)
    throw new DomainError('TEMPLATE_VARIABLE_MISSING', { variables: missing, template });
  return template.replace(VARIABLE, (_m, name: string) => String(vars[name]));
};
