import { randomUUID } from 'node:crypto';
import {
  answeredWithinRings,
  applyCtiEvent,
  CALL_FACTS,
  CALL_MACHINE,
  CALL_STATES,
  type CallState,
  callStateOf,
  isDuplicateCti,
  ringsBeforeAnswer,
} from '@claimline/domain/calls';
import * as repo from '../call-records/repository.ts';
import { maskPhone, normalizePhone } from '../crypto/masking.ts';
import type { Tx } from '../db/database.ts';
import type { CallTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { rescoreIfTranscribed } from '../qa/service.ts';
import { getHotlineSettings } from '../scripts/settings.ts';
import { applyMove, defineWorkflow, type MoveEnv } from '../workflow/run-move.ts';
import type { CtiEventInput } from './schema.ts';

/** Rings and the 3-ring flag follow the times; recomputed whenever a ring start or an answer arrives. */
const ringFacts = async (tx: Tx, ringStart: Date, answeredAt: Date | null) => {
  const s = await getHotlineSettings(tx);
  return {
    rings: answeredAt ? ringsBeforeAnswer(ringStart, answeredAt, s.ringSeconds) : null,
    answered_within_rings: answeredWithinRings(ringStart, answeredAt, s),
  };
};

const newCallRow = async (
  deps: Deps,
  tx: Tx,
  ctx: RequestCtx,
  input: CtiEventInput,
  agent: { id: string; branch_id: string } | undefined,
  simulated: boolean,
): Promise<CallTable> => {
  const branch = input.branchCode
    ? await repo.findBranchByCode(tx, input.branchCode, ctx.actor.scope)
    : undefined;
  if (input.branchCode && !branch) throw new AppError('CALL_BRANCH_INVALID');
  const phone = input.callerNumber ? normalizePhone(input.callerNumber) : null;
  const at = new Date(input.at);
  const now = ctx.clock.now();
  return {
    id: randomUUID(),
    call_id: input.callId,
    branch_id: branch?.id ?? agent?.branch_id ?? ctx.actor.branchId,
    direction: input.direction,
    queue: input.queue ?? null,
    line_name: (await getHotlineSettings(tx)).lineName,
    caller_masked: phone ? maskPhone(phone) : null,
    caller_enc: phone ? deps.crypto.encrypt(phone) : null,
    caller_bidx: phone ? deps.crypto.blindIndex('phone', phone) : null,
    agent_id: null,
    state: 'ringing',
    events: [],
    ring_started_at: at,
    answered_at: null,
    ended_at: null,
    hung_up_by: null,
    rings: null,
    answered_within_rings: null,
    silent_log: null,
    simulated,
    created_at: now,
    updated_at: now,
  };
};

type CallRow = NonNullable<Awaited<ReturnType<typeof repo.lockCallByExternalId>>>;
type CtiMove = CtiEventInput & { agent: { id: string; branch_id: string } | undefined; simulated: boolean };
type CallPatch = Partial<CallTable>;
type Env = MoveEnv<CallRow, CtiMove, CallPatch>;

const stateAfter = (to: string): CallState => {
  const state = CALL_STATES.find((s) => s === to);
  if (state === undefined) throw new AppError('INTERNAL', { to });
  return state;
};

/** Each effect keeps the time its event carries; the rings follow in `save`. */
const effects = {
  recordRingStart: ({ patch, input }: Env) => {
    patch.ring_started_at = new Date(input.at);
  },
  recordAnswer: ({ patch, input }: Env) => {
    patch.answered_at = new Date(input.at);
    if (input.agent) patch.agent_id = input.agent.id;
  },
  recordEnd: ({ patch, input }: Env) => {
    patch.ended_at = new Date(input.at);
    patch.hung_up_by = input.hungUpBy ?? null;
  },
};

/** The call's workflow around the row `applyCti` has already locked (or inserted and locked). */
const ctiWorkflow = (locked: CallRow) =>
  defineWorkflow(CALL_MACHINE)<CallRow, CtiMove, CallPatch>({
    lock: async () => locked,
    notFound: 'CALL_NOT_FOUND',
    stateOf: (r) => callStateOf(r.state, r.events),
    facts: () => CALL_FACTS,
    before: ({ input, data }: Env) => {
      data.simulated = input.simulated;
    },
    effects,
    patch: ({ row, input, to, now }) => ({
      state: stateAfter(to),
      events: [...row.events, input.event],
      updated_at: now,
    }),
    save: async ({ tx, row, input, patch }: Env) => {
      if (input.agent && !row.agent_id && !patch.agent_id) patch.agent_id = input.agent.id;
      const answeredAt = patch.answered_at === undefined ? row.answered_at : patch.answered_at;
      Object.assign(patch, await ringFacts(tx, patch.ring_started_at ?? row.ring_started_at, answeredAt));
      await repo.updateCall(tx, row.id, patch);
      return true;
    },
    // The event is stored once per (call, event), and the QA card is rescored when the hang-up side changes it.
    after: async ({ deps, tx, ctx, row, input, now }: Env) => {
      await repo.insertCallEvent(tx, {
        call_id: row.id,
        event: input.event,
        at: new Date(input.at),
        received_at: now,
        payload: { ...input, agent: undefined, simulated: undefined, callerNumber: undefined },
      });
      await rescoreIfTranscribed(deps, tx, row.id, {
        ctx,
        cause: input.event === 'ended' ? 'hangUp' : 'ctiEvent',
      });
    },
    record: {
      // A call is not a case: no timeline event, only the audit row.
      caseId: () => null,
      objectType: 'call',
      objectId: (r) => r.id,
      auditAction: ({ input }: Env) => `call.cti.${input.event}`,
      note: () => null,
      details: (r) => ({ callId: r.call_id }),
    },
  });

/**
 * One CTI event, in one transaction: the call row is locked (or created), the replay check and then the call
 * table decide, and the move runner writes the call and its audit row.
 * A replay returns the call as it is with `duplicate: true`; nothing is written.
 */
export const applyCti = (deps: Deps, ctx: RequestCtx, input: CtiEventInput, simulated = false) =>
  deps.db.transaction().execute(async (tx) => {
    const agent = input.agentNo ? await repo.findAgentByNo(tx, input.agentNo, ctx.actor.scope) : undefined;
    if (input.agentNo && !agent) throw new AppError('AGENT_NOT_FOUND');
    let call = await repo.lockCallByExternalId(tx, input.callId);
    if (!call) {
      // Refused before anything is inserted: an `ended` cannot start a call.
      const first = applyCtiEvent('none', [], input.event);
      if (!first.ok) throw new AppError(first.code, first.details);
      const row = await newCallRow(deps, tx, ctx, input, agent, simulated);
      // A concurrent first event for the same call wins the insert; we then lock and apply on top of it.
      await repo.insertCallIfAbsent(tx, row);
      call = await repo.lockCallByExternalId(tx, input.callId);
      if (!call) throw new AppError('INTERNAL');
    }
    if (!ctx.actor.scope.includes(call.branch_id)) throw new AppError('CALL_NOT_FOUND');
    // Idempotent by (call, event): a replay is not a move, whatever state the call is in now.
    if (isDuplicateCti(call.events, input.event)) return { id: call.id, duplicate: true };
    await applyMove(deps, tx, ctx, ctiWorkflow(call), call.id, { ...input, agent, simulated });
    return { id: call.id, duplicate: false };
  });
