import {
  INVESTIGATION_MACHINE,
  INVESTIGATION_OUTCOMES,
  PROVIDER_DIRECTORY_KINDS,
  PROVIDER_NAME_MAX,
  SCORE_CAP_MAX,
  SIGNAL_CODES,
  WEIGHT_MAX,
} from '@claimline/domain/fraud';
import { z } from 'zod';
import { answers, instantDate, named, offeredMoveAnswer, stored, zhEn } from '../http/answers.ts';

export const investigationIdParams = z.object({ id: z.uuid() });
export const caseIdParams = z.object({ caseId: z.uuid() });

export const queueQuery = z.object({
  state: z.enum(['open', 'queued', 'mine', 'awaitingApproval', 'closed']).default('open'),
});

const events = Object.keys(INVESTIGATION_MACHINE.events) as [
  keyof typeof INVESTIGATION_MACHINE.events,
  ...(keyof typeof INVESTIGATION_MACHINE.events)[],
];
export const investigationMoveBody = z.object({
  event: z.enum(events),
  version: z.number().int().min(1).optional(),
  assigneeId: z.uuid().optional(),
  outcome: z.enum(INVESTIGATION_OUTCOMES).optional(),
  note: z.string().trim().max(2000).optional(),
});
export type InvestigationMoveBody = z.infer<typeof investigationMoveBody>;

/** Evidence: a note, optionally naming a document (an attachment's reference or a file number). */
export const evidenceBody = z.object({
  note: z.string().trim().min(1).max(2000),
  documentRef: z.string().trim().max(200).optional(),
});
export type EvidenceBody = z.infer<typeof evidenceBody>;

const label = zhEn;
const signalSetting = z.object({
  enabled: z.boolean(),
  weight: z.number().int().min(0).max(WEIGHT_MAX),
  params: z.record(z.string().max(40), z.number().int().min(0).max(100_000)),
  reason: z.object({ zh: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(300) }),
});
const signals = z.object(
  Object.fromEntries(SIGNAL_CODES.map((c) => [c, signalSetting])) as Record<
    (typeof SIGNAL_CODES)[number],
    typeof signalSetting
  >,
);
export const saveSettingsBody = z.object({
  baseVersion: z.number().int().min(0),
  /** Why the settings change: kept with the version. */
  note: z.string().trim().min(2).max(500),
  settings: z.object({
    threshold: z.number().int().min(1).max(SCORE_CAP_MAX),
    cap: z.number().int().min(1).max(SCORE_CAP_MAX),
    signals,
  }),
});
export type SaveSettingsBody = z.infer<typeof saveSettingsBody>;

const hit = z.object({
  code: z.string(),
  label,
  weight: z.number().int(),
  reason: label,
});
export const scoreAnswer = named(
  'FraudScore',
  z.object({
    caseId: z.string(),
    score: z.number().int(),
    threshold: z.number().int(),
    flagged: z.boolean(),
    hits: z.array(hit),
    scoredAt: instantDate,
    investigationId: z.string().nullable(),
    investigationState: label.nullable(),
  }),
);

const person = z.object({ id: z.string(), name: z.string() }).nullable();
const summary = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  caseKind: label,
  branch: z.string(),
  state: stored(['queued', 'investigating', 'interviewing', 'concluded', 'closed']),
  stateLabel: label,
  score: z.number().int(),
  signals: z.array(z.object({ code: z.string(), label })),
  assignee: person,
  outcome: label.nullable(),
  createdAt: instantDate,
  version: z.number().int(),
});
export const queueAnswer = named('FraudQueue', z.object({ items: z.array(summary) }));

export const investigationAnswer = named(
  'FraudInvestigation',
  summary.extend({
    hits: z.array(hit),
    conclusionReason: z.string().nullable(),
    concludedBy: person,
    concludedAt: instantDate.nullable(),
    approvedBy: person,
    approvedAt: instantDate.nullable(),
    entries: z.array(
      z.object({
        kind: label,
        note: z.string(),
        documentRef: z.string().nullable(),
        by: z.string(),
        at: instantDate,
      }),
    ),
    investigators: z.array(z.object({ id: z.string(), name: z.string() })),
    moves: z.array(offeredMoveAnswer),
    canAddEvidence: z.boolean(),
  }),
);

const param = z.object({ name: z.string(), label, min: z.number(), max: z.number() });
export const settingsAnswer = named(
  'FraudSettings',
  z.object({
    version: z.number().int(),
    editable: z.boolean(),
    settings: z.object({
      threshold: z.number().int(),
      cap: z.number().int(),
      signals: z.record(z.string(), signalSetting),
    }),
    signals: z.array(
      z.object({
        code: z.string(),
        label,
        source: z.string(),
        params: z.array(param),
        confirmed: z.number().int(),
        cleared: z.number().int(),
        inconclusive: z.number().int(),
        precision: z.number().nullable(),
      }),
    ),
    history: z.array(
      z.object({
        version: z.number().int(),
        note: z.string(),
        by: z.string(),
        at: instantDate,
        changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
      }),
    ),
  }),
);

export const scoreResponse = answers({ 200: scoreAnswer });
export const queueResponse = answers({ 200: queueAnswer });
export const investigationResponse = answers({ 200: investigationAnswer });
export const settingsResponse = answers({ 200: settingsAnswer });

/** The head-office list of repair shops and hospitals (providers.ts). */
export const providerKindQuery = z.object({ kind: z.enum(PROVIDER_DIRECTORY_KINDS) });
export const addProviderBody = z.strictObject({
  kind: z.enum(PROVIDER_DIRECTORY_KINDS),
  name: z.string().trim().min(1).max(PROVIDER_NAME_MAX),
});
const providerAnswer = z.object({ id: z.uuid(), kind: z.string(), name: z.string() });
export const providersResponse = answers({ 200: z.array(providerAnswer) });
export const providerResponse = answers({ 201: providerAnswer });
