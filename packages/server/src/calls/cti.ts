import { randomUUID } from 'node:crypto';
import { answeredWithinRings, applyCtiEvent, ringsBeforeAnswer } from '@claimline/domain/calls';
import { appendAudit } from '../audit/audit.ts';
import { maskPhone, normalizePhone } from '../crypto/masking.ts';
import type { Tx } from '../db/database.ts';
import type { CallTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { rescoreIfTranscribed } from '../qa/service.ts';
import { getHotlineSettings } from '../scripts/settings.ts';
import * as repo from './repository.ts';
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

/**
 * One CTI event, in one transaction: the call row is locked (or created), the domain table decides, the event
 * is stored once per (call, event), and the QA card is rescored when the hang-up side changes it.
 * A replay returns the call as it is with `duplicate: true`; nothing is written.
 */
export const applyCti = (deps: Deps, ctx: RequestCtx, input: CtiEventInput, simulated = false) =>
  deps.db.transaction().execute(async (tx) => {
    const agent = input.agentNo ? await repo.findAgentByNo(tx, input.agentNo, ctx.actor.scope) : undefined;
    if (input.agentNo && !agent) throw new AppError('AGENT_NOT_FOUND');
    let call = await repo.lockCallByExternalId(tx, input.callId);
    if (!call) {
      const outcome = applyCtiEvent('none', [], input.event);
      if (!outcome.ok) throw new AppError(outcome.code as never, outcome.details);
      const row = await newCallRow(deps, tx, ctx, input, agent, simulated);
      // A concurrent first event for the same call wins the insert; we then lock and apply on top of it.
      await repo.insertCallIfAbsent(tx, row);
      call = await repo.lockCallByExternalId(tx, input.callId);
      if (!call) throw new AppError('INTERNAL');
    }
    if (!ctx.actor.scope.includes(call.branch_id)) throw new AppError('CALL_NOT_FOUND');
    const isNew = call.events.length === 0;
    const outcome = applyCtiEvent(isNew ? 'none' : call.state, call.events as never, input.event);
    if (!outcome.ok) throw new AppError(outcome.code as never, outcome.details);
    if (outcome.duplicate) return { id: call.id, duplicate: true };
    const at = new Date(input.at);
    const now = ctx.clock.now();
    const set: Partial<CallTable> = {
      state: outcome.to,
      events: [...call.events, input.event],
      updated_at: now,
    };
    let ringStart = call.ring_started_at;
    let answeredAt = call.answered_at;
    for (const effect of outcome.effects) {
      if (effect === 'recordRingStart') ringStart = set.ring_started_at = at;
      if (effect === 'recordAnswer') {
        answeredAt = set.answered_at = at;
        if (agent) set.agent_id = agent.id;
      }
      if (effect === 'recordEnd') {
        set.ended_at = at;
        set.hung_up_by = input.hungUpBy ?? null;
      }
    }
    if (agent && !call.agent_id && !set.agent_id) set.agent_id = agent.id;
    Object.assign(set, await ringFacts(tx, ringStart, answeredAt));
    await repo.updateCall(tx, call.id, set);
    await repo.insertCallEvent(tx, {
      call_id: call.id,
      event: input.event,
      at,
      received_at: now,
      payload: { ...input, callerNumber: undefined },
    });
    await rescoreIfTranscribed(deps, tx, call.id);
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: `call.cti.${input.event}`,
      objectType: 'call',
      objectId: call.id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { callId: input.callId, to: outcome.to, simulated },
    });
    return { id: call.id, duplicate: false };
  });
