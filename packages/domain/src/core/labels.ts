/** A code's words for people: the console shows these, never the code (issue #13). */
export type Label = { zh: string; en: string };

export type LabelRegistry = Readonly<Record<string, Label>>;

export type LabelLanguage = keyof Label;

/** What a code the registry does not hold (an older or newer server's) is called. */
export const OTHER_LABEL: Label = { zh: '其他操作', en: 'Other action' };

export const labelOf = (
  registry: LabelRegistry,
  code: string | null | undefined,
  lang: LabelLanguage,
  fallback: Label = OTHER_LABEL,
): string => {
  const entry = code != null && Object.hasOwn(registry, code) ? registry[code] : undefined;
  return (entry ?? fallback)[lang];
};
