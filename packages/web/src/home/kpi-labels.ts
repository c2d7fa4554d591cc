import { KPI_DEFINITIONS } from '@claimline/domain/kpis';
import { currentLanguage } from '../i18n/index.ts';
import { isKpiId } from './format.ts';

/** A KPI's name in the console's language, from the domain's registry (never the code). */
export const kpiLabel = (id: string, language: string = currentLanguage()): string =>
  isKpiId(id) ? KPI_DEFINITIONS[id].label[language === 'en' ? 'en' : 'zh'] : '—';

export const kpiFormula = (id: string): string =>
  isKpiId(id) ? KPI_DEFINITIONS[id].formula[currentLanguage() === 'en' ? 'en' : 'zh'] : '';
