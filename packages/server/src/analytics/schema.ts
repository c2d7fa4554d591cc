import { WAIT_BUCKET_IDS } from '@claimline/domain/analytics';
import { CLAIM_APPLICATION_STATES } from '@claimline/domain/claim-applications';
import { z } from 'zod';
import { answers, instantDate, localDay, named, stored } from '../http/answers.ts';

export const filterQuery = z.object({
  from: localDay,
  to: localDay,
  branchId: z.uuid().optional(),
  product: z.string().trim().min(1).max(100).optional(),
});

export const CHARTS = ['cycle', 'waiting', 'refusals', 'complaints'] as const;
export const drillQuery = filterQuery.extend({
  chart: z.enum(CHARTS),
  state: z.enum(CLAIM_APPLICATION_STATES).optional(),
  bucket: z.enum(WAIT_BUCKET_IDS).optional(),
  /** The clicked bar's product (refusals, complaints), within the filter's. */
  rowProduct: z.string().trim().min(1).max(100).optional(),
  basis: z.string().min(1).max(300).optional(),
  category: z.string().min(1).max(40).optional(),
});

const basis = z.object({ source: stored(['contract', 'law']), text: z.string() });

export const dashboardResponse = answers({
  200: named(
    'ServiceAnalytics',
    z.object({
      products: z.array(z.string()),
      cycle: z.array(
        z.object({
          state: stored(CLAIM_APPLICATION_STATES),
          count: z.number().int(),
          avgHours: z.number(),
          p50Hours: z.number(),
          p90Hours: z.number(),
        }),
      ),
      waiting: z.array(
        z.object({
          state: stored(CLAIM_APPLICATION_STATES),
          bucket: stored(WAIT_BUCKET_IDS),
          count: z.number().int(),
        }),
      ),
      refusals: z.array(z.object({ product: z.string(), key: z.string(), basis, count: z.number().int() })),
      complaints: z.array(z.object({ product: z.string(), category: z.string(), count: z.number().int() })),
    }),
  ),
});

export const drillResponse = answers({
  200: named(
    'ServiceAnalyticsRows',
    z.object({
      total: z.number().int(),
      rows: z.array(
        z.object({
          id: z.uuid(),
          number: z.string(),
          kind: stored(['claimApplication', 'complaint']),
          product: z.string(),
          state: z.string(),
          /** Hours in the stage (cycle) or days waiting (waiting); null otherwise. */
          measure: z.number().nullable(),
          at: instantDate,
        }),
      ),
    }),
  ),
});
