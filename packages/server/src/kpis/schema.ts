import { KPI_IDS, KPI_UNITS, PERIOD_KINDS } from '@claimline/domain/kpis';
import { z } from 'zod';
import { answers, instant, localDay, named, stored, zhEn } from '../http/answers.ts';
import { DRILL_SOURCES } from './drill.ts';

const scopeKinds = ['agent', 'team', 'branch'] as const;

export const reportQuery = z.object({
  scope: z.enum(scopeKinds).default('agent'),
  id: z.uuid().optional(),
  period: z.enum(PERIOD_KINDS).default('month'),
  /** `2026-12-07`, `2026-W50`, `2026-12`, `2026-Q4`; the current period when left out. */
  key: z.string().max(10).optional(),
});

export const trendQuery = z.object({
  scope: z.enum(scopeKinds).default('agent'),
  id: z.uuid().optional(),
  period: z.enum(PERIOD_KINDS).default('month'),
  count: z.coerce.number().int().min(1).max(62).default(6),
});

export const drillQuery = z.object({
  source: z.enum(DRILL_SOURCES),
  scope: z.enum(scopeKinds).default('agent'),
  id: z.uuid().optional(),
  from: localDay,
  to: localDay,
  state: z.string().max(40).optional(),
});

const kpiValueAnswer = named(
  'KpiValue',
  z.object({
    id: stored(KPI_IDS),
    value: z.number().nullable(),
    numerator: z.number(),
    denominator: z.number().nullable(),
  }),
);
const values = z.array(kpiValueAnswer);

const periodAnswer = named(
  'KpiPeriod',
  z.object({ kind: stored(PERIOD_KINDS), key: z.string(), from: localDay, to: localDay }),
);

const trendPoint = named('KpiTrendPoint', z.object({ period: periodAnswer, values }));

export const reportResponse = answers({
  200: named(
    'KpiReport',
    z.object({
      scope: z.object({ kind: stored(scopeKinds), id: z.string(), name: z.string() }),
      period: periodAnswer,
      workingDays: z.number().int(),
      values,
    }),
  ),
});

export const trendResponse = answers({ 200: z.object({ items: z.array(trendPoint) }) });

export const definitionsResponse = answers({
  200: z.object({
    items: z.array(
      named(
        'KpiDefinition',
        z.object({
          id: stored(KPI_IDS),
          label: zhEn,
          unit: stored(KPI_UNITS),
          higherIsBetter: z.boolean(),
          formula: zhEn,
          reads: z.string(),
          source: z.string(),
        }),
      ),
    ),
  }),
});

export const drillResponse = answers({
  200: named(
    'KpiDrill',
    z.object({
      source: stored(DRILL_SOURCES),
      total: z.number().int(),
      rows: z.array(
        z.object({
          id: z.string(),
          ref: z.string(),
          at: instant,
          agentName: z.string().nullable(),
          kind: z.string().nullable(),
          /** Call outcome (inRings, late, abandoned), case status, complaint or claim-application state. */
          state: z.string(),
          /** Seconds to answer (calls) or the call-back score (complaints). */
          measure: z.number().nullable(),
          /** First-contact resolution (cases). */
          flag: z.boolean().nullable(),
        }),
      ),
    }),
  ),
});

const agentValues = named(
  'KpiAgentValues',
  z.object({ agentId: z.string(), name: z.string(), agentNo: z.string().nullable(), values }),
);

export const agentHomeResponse = answers({
  200: named(
    'AgentHome',
    z.object({
      today: periodAnswer,
      month: periodAnswer,
      values,
      days: z.array(trendPoint),
      qa: z.array(
        z.object({
          id: z.string(),
          ref: z.string(),
          score: z.number().nullable(),
          hits: z.number().int(),
          at: instant,
        }),
      ),
    }),
  ),
});

export const teamHomeResponse = answers({
  200: named(
    'TeamHome',
    z.object({
      today: periodAnswer,
      branch: z.object({ id: z.string(), name: z.string(), nameEn: z.string() }),
      queue: z.object({
        ringing: z.number().int(),
        openCases: z.number().int(),
        transfers: z.number().int(),
      }),
      values,
      agents: z.array(agentValues),
      onDuty: z.array(
        z.object({
          userId: z.string(),
          name: z.string(),
          shift: z.string(),
          start: z.string(),
          end: z.string(),
          post: zhEn,
          presence: z.string().nullable(),
        }),
      ),
    }),
  ),
});

const stateCount = z.object({ state: z.string(), count: z.number().int() });

export const branchHomeResponse = answers({
  200: named(
    'BranchHome',
    z.object({
      month: periodAnswer,
      window: z.object({ from: localDay, to: localDay }),
      values,
      trend: z.array(trendPoint),
      complaints: z.array(stateCount),
      claims: z.array(stateCount),
    }),
  ),
});

export const branchesHomeResponse = answers({
  200: named(
    'BranchesHome',
    z.object({
      month: periodAnswer,
      branches: z.array(
        z.object({ branchId: z.string(), code: z.string(), name: z.string(), nameEn: z.string(), values }),
      ),
    }),
  ),
});
