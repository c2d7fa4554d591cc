import { CLAIM_TYPE_LABELS, type ClaimType } from '@claimline/domain/claim-applications';
import {
  CARE_FLAG_LABELS,
  type CareFlag,
  COUNTER_PROMPT_SITUATIONS,
  EXPLANATION_TOPIC_LABELS,
  type ExplanationTopic,
  type StageSpan,
  stageSeconds,
  VISIT_MACHINE,
  VISIT_PURPOSE_LABELS,
  VISIT_STAGES,
  type VisitPurpose,
  type VisitStage,
} from '@claimline/domain/front-desk';
import type { Db, Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { loadPack } from '../scripts/packs.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import {
  caseNumberOf,
  type ExplanationRow,
  explanationsFor,
  findVisit,
  namesOf,
  stageTimesOf,
  type VisitRow,
} from './repository.ts';
import { visitDocuments, visitFacts } from './workflow.ts';

type Q = Db | Tx;
type StageRow = Awaited<ReturnType<typeof stageTimesOf>>[number];
const OTHER = { zh: '其他', en: 'Other' };

const labelIn = <T extends Record<string, { zh: string; en: string }>>(table: T, code: string | null) =>
  code === null ? null : (table[code as keyof T] ?? OTHER);

/** The seconds of every stage entered so far: closed ones from the log, the current one up to now. */
const stagesOf = (v: VisitRow, log: readonly StageRow[], now: Date) => {
  const spans: StageSpan[] = log.map((s) => ({
    stage: s.stage as VisitStage,
    enteredAt: s.entered_at,
    leftAt: s.left_at,
  }));
  const current = (VISIT_STAGES as readonly string[]).includes(v.state);
  if (current) spans.push({ stage: v.state as VisitStage, enteredAt: v.stage_since, leftAt: null });
  const secs = stageSeconds(spans, now);
  return VISIT_STAGES.filter((s) => secs[s] !== undefined).map((s) => ({
    stage: s,
    label: VISIT_MACHINE.states[s],
    seconds: secs[s] ?? 0,
    running: current && s === v.state,
  }));
};

export const summaryOf = (v: VisitRow, log: readonly StageRow[], names: Map<string, string>, now: Date) => ({
  id: v.id,
  ticketNo: v.ticket_no,
  day: v.local_day,
  visitorName: v.visitor_name_masked,
  careFlag: v.care_flag,
  careLabel: v.care_flag === null ? null : (CARE_FLAG_LABELS[v.care_flag as CareFlag] ?? OTHER),
  state: v.state,
  stateLabel: labelIn(VISIT_MACHINE.states, v.state) ?? OTHER,
  version: v.version,
  arrivedAt: v.arrived_at,
  calledAt: v.called_at,
  waitingSeconds: Math.max(0, Math.floor(((v.called_at ?? now).getTime() - v.arrived_at.getTime()) / 1000)),
  stageSince: v.stage_since,
  stages: stagesOf(v, log, now),
  calledBy: v.called_by === null ? null : (names.get(v.called_by) ?? null),
});

export const summaries = async (q: Q, rows: readonly VisitRow[], now: Date) => {
  const log = await stageTimesOf(
    q,
    rows.map((r) => r.id),
  );
  const names = await namesOf(
    q,
    rows.map((r) => r.called_by),
  );
  return rows.map((r) =>
    summaryOf(
      r,
      log.filter((l) => l.visit_id === r.id),
      names,
      now,
    ),
  );
};

/** The standard phrase pack's words for a counter situation (a service manager may have edited them). */
export const counterPrompt = async (q: Q, kind: keyof typeof COUNTER_PROMPT_SITUATIONS) => {
  const pack = await loadPack(q, 'standard');
  const s = pack.data.situations.find((x) => x.id === COUNTER_PROMPT_SITUATIONS[kind]);
  return s?.steps.map((step) => step.say).join(' ') ?? '';
};

export const explanationView = (
  e: ExplanationRow & { branch_name: string },
  ctx: RequestCtx,
): {
  id: string;
  topic: string;
  topicLabel: { zh: string; en: string };
  title: string;
  body: string;
  active: boolean;
  version: number;
  branchName: string;
  editable: boolean;
} => ({
  id: e.id,
  topic: e.topic,
  topicLabel: EXPLANATION_TOPIC_LABELS[e.topic as ExplanationTopic] ?? OTHER,
  title: e.title,
  body: e.body,
  active: e.active,
  version: e.version,
  branchName: e.branch_name,
  editable: ctx.actor.permissions.includes('visit.library') && ctx.actor.scope.includes(e.branch_id),
});

const promptKind = (state: string): 'greeting' | 'farewell' | null =>
  state === 'reception' || state === 'collection' ? 'greeting' : state === 'closing' ? 'farewell' : null;

export const loadVisitView = async (q: Q, ctx: RequestCtx, id: string) => {
  const v = await findVisit(q, id, ctx.actor.scope);
  if (!v) return undefined;
  const now = ctx.clock.now();
  const [summary] = await summaries(q, [v], now);
  const kind = promptKind(v.state);
  const library = v.state === 'explanation' ? await explanationsFor(q, v.branch_id, true) : [];
  const linkedNumber = await caseNumberOf(q, v.linked_case_id);
  return {
    ...summary!,
    purpose: v.purpose,
    purposeLabel: v.purpose === null ? null : (VISIT_PURPOSE_LABELS[v.purpose as VisitPurpose] ?? OTHER),
    claimType: v.claim_type,
    claimTypeLabel: v.claim_type === null ? null : (CLAIM_TYPE_LABELS[v.claim_type as ClaimType] ?? OTHER),
    policyNo: v.policy_no,
    summary: v.summary,
    idNumber: v.id_masked,
    assessment: v.assessment,
    explanations: Array.isArray(v.explanations)
      ? (v.explanations as { id: string; topic: string; title: string; version: number }[])
      : [],
    documents: visitDocuments(v),
    followUp: v.follow_up,
    linkedCase: v.linked_case_id && linkedNumber ? { id: v.linked_case_id, number: linkedNumber } : null,
    satisfaction: v.satisfaction,
    comment: v.feedback_comment,
    closedAt: v.closed_at,
    prompt: kind ? { kind, text: await counterPrompt(q, kind) } : null,
    library: library.map((e) => explanationView(e, ctx)),
    moves: offeredMoves(VISIT_MACHINE, v.state, visitFacts(ctx, v)),
  };
};
