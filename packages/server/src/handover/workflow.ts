import type { Role } from '@claimline/domain/access';
import { beijingDateTimeOf } from '@claimline/domain/core';
import { HANDOVER_MACHINE, type HandoverFacts } from '@claimline/domain/duty';
import type { RequestCtx } from '../http/context.ts';
import { branchLeads, notifyPeople } from '../notifications/people.ts';
import { defineWorkflow, type MoveEnv } from '../workflow/run-move.ts';
import {
  findScopedHandover,
  type HandoverPatch,
  type HandoverRow,
  updateHandoverVersioned,
} from './repository.ts';
import type { HandoverMoveBody } from './schema.ts';
import { DUTY_PRESENCE_SETTINGS } from './settings.ts';
import { outgoingShiftStatistics } from './statistics.ts';

type Patch = HandoverPatch;
type Env = MoveEnv<HandoverRow, HandoverMoveBody, Patch, string, HandoverFacts>;

/** The duty lead (值班长) of seed 000 第十一条: a team lead, supervisor or service manager of the scope. */
const DUTY_LEAD_ROLES: readonly Role[] = ['teamLead', 'supervisor', 'serviceManager'];

/** The guards read only what the table needs: who acts (the session's user, never a typed name), when, the row. */
export const handoverFacts = (
  row: HandoverRow,
  ctx: RequestCtx,
  at: Date,
  checklist?: HandoverFacts['checklist'],
): HandoverFacts => ({
  actorId: ctx.actor.id,
  incomingAgentId: row.incoming_user_id,
  outgoingAgentId: row.outgoing_user_id,
  actorIsDutyLead: DUTY_LEAD_ROLES.includes(ctx.actor.role),
  at,
  shiftStart: row.shift_start,
  checklist,
  incomingConfirmed: row.confirmed_at !== null,
  settings: DUTY_PRESENCE_SETTINGS,
});

export const HANDOVER_WORKFLOW = defineWorkflow(HANDOVER_MACHINE)<HandoverRow, HandoverMoveBody, Patch>({
  lock: (tx, ctx, id) => findScopedHandover(tx, id, ctx.actor.scope, true),
  notFound: 'HANDOVER_NOT_FOUND',
  stateOf: (h) => h.state,
  versionOf: (h) => h.version,
  facts: ({ row, ctx, now, input }) =>
    handoverFacts(row, ctx, now, input.event === 'checkIn' ? input.checklist : undefined),
  effects: {
    recordCheckIn: ({ patch, data, now, input, ctx }: Env) => {
      if (input.event !== 'checkIn') return;
      patch.checked_in_at = now;
      // The signed record of 第九条: what was ticked, by whom (the session's user) and when.
      patch.checklist = JSON.stringify({
        ...input.checklist,
        signedBy: ctx.actor.id,
        signedAt: now.toISOString(),
      });
      data.checklist = input.checklist;
    },
    recordLate: ({ patch, data, row, now }: Env) => {
      const lead = DUTY_PRESENCE_SETTINGS.checkInLeadMinutes * 60_000;
      const late = Math.ceil((now.getTime() - (row.shift_start.getTime() - lead)) / 60_000);
      patch.late_minutes = Math.max(late, 0);
      data.lateMinutes = patch.late_minutes;
    },
    buildStatistics: async ({ tx, row, patch, data, now }: Env) => {
      const { statistics, openItems } = await outgoingShiftStatistics(tx, row);
      patch.statistics = JSON.stringify(statistics);
      // jsonb: an array must go as JSON text, or pg sends it as a PostgreSQL array.
      patch.open_items = JSON.stringify(openItems);
      patch.statistics_at = now;
      data.statistics = statistics;
      data.openItems = openItems.length;
    },
    recordConfirmation: ({ patch, now, ctx }: Env) => {
      patch.confirmed_at = now;
      patch.confirmed_by = ctx.actor.id;
    },
    recordSignature: ({ patch, now, ctx }: Env) => {
      patch.signed_at = now;
      patch.signed_by = ctx.actor.id;
    },
    releaseOutgoing: ({ patch, now }: Env) => {
      patch.closed_at = now;
    },
    notifyManager: async ({ tx, row, now, data }: Env) => {
      const leads = await branchLeads(tx, row.branch_id, ['teamLead', 'serviceManager']);
      const start = beijingDateTimeOf(row.shift_start).slice(0, 16);
      data.notified = await notifyPeople(
        tx,
        leads.map((l) => l.id),
        {
          kind: 'escalate',
          zh: `交接班：岗位「${row.post}」${start} 的接班人员未到岗，请安排替班（值班制度第十一条）`,
          en: `Hand-over: the relief for post "${row.post}" at ${start} has not arrived; arrange a replacement (duty rules art. 11)`,
          now,
        },
      );
    },
    keepOutgoingOnDuty: ({ patch, ctx, now }: Env) => {
      patch.escalated_at = now;
      patch.escalated_by = ctx.actor.id;
    },
  },
  patch: ({ to, now }) => ({ state: to, updated_at: now }),
  save: ({ tx, row, patch }: Env) => updateHandoverVersioned(tx, row.id, row.version, patch),
  record: {
    // A hand-over is not a case: no timeline, the audit log only.
    caseId: () => null,
    objectType: 'dutyHandover',
    objectId: (h) => h.id,
    note: ({ input }) => input.note ?? null,
    details: (h) => ({ post: h.post, shiftStart: h.shift_start.toISOString() }),
  },
});
