import { type LabelRegistry, labelOf } from '@claimline/domain/core';
import { currentLanguage } from '../i18n/index.ts';

/**
 * The words for a server code (audit action, timeline event, …) in the console's language, from the shared
 * registries; a code the registry does not hold gets a generic label, never the code itself.
 */
export const codeLabel = (registry: LabelRegistry, code: string | null | undefined) =>
  labelOf(registry, code, currentLanguage() === 'en' ? 'en' : 'zh');
