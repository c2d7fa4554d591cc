import type { KpiId } from '@claimline/domain/kpis';
import type { DrillRequest } from './api.ts';

/** Which rows stand behind a KPI when its bar or point is clicked, and which of them (a call outcome). */
export const DRILL_OF: Record<KpiId, { source: DrillRequest['source']; state?: string }> = {
  satisfaction: { source: 'complaints', state: 'calledBack' },
  firstContactResolution: { source: 'cases', state: 'resolved' },
  problemResolution: { source: 'cases' },
  complaintTimeliness: { source: 'complaints' },
  averageSpeedOfAnswer: { source: 'calls' },
  answeredWithinRings: { source: 'calls' },
  averageHandlingTime: { source: 'calls' },
  abandonment: { source: 'calls', state: 'abandoned' },
  businessSuccess: { source: 'cases' },
  forbiddenPhraseHits: { source: 'calls' },
  qaScore: { source: 'calls' },
};
