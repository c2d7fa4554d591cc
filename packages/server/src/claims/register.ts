import { randomUUID } from 'node:crypto';
import type { TimelineEventType } from '@claimline/domain/cases';
import {
  bindToLookup,
  type LookupKind,
  type MajorCaseFacts,
  majorCaseReasons,
  preliminaryCheck,
  reportDateProblems,
  sameLossWindow,
  scenePreservationRequired,
} from '@claimline/domain/claims';
import { maskAddress, maskName, validateIdNumber } from '@claimline/domain/identity';
import { appendAudit } from '../audit/audit.ts';
import { insertEvent } from '../cases/repository.ts';
import { createIdempotently, insertNewCase } from '../cases/service.ts';
import { addressKey, providerKey } from '../crypto/claim-keys.ts';
import { maskPhone } from '../crypto/masking.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import type { Tx } from '../db/database.ts';
import { openCaseDeadlines } from '../deadlines/service.ts';
import { AppError, ERRORS, onField } from '../errors.ts';
import { scoreClaimReport } from '../fraud/scoring.ts';
import { linkAtIntake } from '../fraud-graph/rebuild.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { findPolicyById } from '../policies/repository.ts';
import { BIDX } from '../policies/seal.ts';
import { buildClaimReportDetail } from './detail.ts';
import { notifyHeadOffice } from './major-notice.ts';
import * as repo from './repository.ts';
import { loadClaimRules } from './rules.ts';
import type { RegisterInput } from './schema.ts';
import { perilLabel, reportSummaryView } from './views.ts';

const toFen = (yuan: number | undefined) => (yuan === undefined ? undefined : Math.round(yuan * 100));

type PolicyIdentity = { id: string; insured_name_bidx: string; insured_id_bidx: string };
type LookupRow = NonNullable<Awaited<ReturnType<typeof repo.findLookup>>>;

/**
 * The registration is bound to its look-up (lookup-binding.ts): the policy must be one it returned, and when it
 * returned several insured persons of the name, the ID number must match the policy (seed 003 §(二) 报案记录查询 4).
 */
const checkLookupBinding = async (
  deps: Deps,
  tx: Tx,
  ctx: RequestCtx,
  lookup: LookupRow,
  policy: PolicyIdentity,
  input: RegisterInput,
) => {
  const returned = await repo.lookupPolicyKeys(tx, lookup.policy_ids);
  const binding = bindToLookup(
    { by: lookup.by as LookupKind, policyIds: lookup.policy_ids, insuredPersons: lookup.insured_persons },
    { id: policy.id, nameKey: policy.insured_name_bidx, idKey: policy.insured_id_bidx },
    returned,
  );
  if (!binding.ok) throw new AppError(binding.code, onField('policyId', ERRORS[binding.code]));
  if (!binding.confirmIdentity) return;
  const unconfirmed = () =>
    new AppError('CLAIM_IDENTITY_UNCONFIRMED', onField('confirmIdNumber', ERRORS.CLAIM_IDENTITY_UNCONFIRMED));
  if (!input.confirmIdNumber) throw unconfirmed();
  const id = validateIdNumber(input.confirmIdNumber, ctx.clock.now());
  if (!id.ok || deps.crypto.blindIndex(BIDX.idNumber, id.normalized) !== policy.insured_id_bidx) {
    throw unconfirmed();
  }
};

export const majorFactsOf = (
  input: Pick<
    RegisterInput,
    'deaths' | 'outcomeUncertain' | 'disputeTakenTo' | 'mediaInvolved' | 'litigation'
  > & {
    estimatedPayoutYuan?: number | undefined;
  },
  sumInsuredFen: number,
): MajorCaseFacts => ({
  deaths: input.deaths,
  estimatedPayoutFen: toFen(input.estimatedPayoutYuan),
  sumInsuredFen,
  outcomeUncertain: input.outcomeUncertain,
  disputeTakenTo: input.disputeTakenTo,
  mediaInvolved: input.mediaInvolved,
  litigation: input.litigation,
});

/**
 * Registers a claim report in one transaction: identity confirmed, no second report of the same loss, the case
 * with its number, the preliminary check, the major-case flag with its 24-hour deadline, the scene survey task,
 * the timeline, the audit row and the look-up's outcome. Idempotent by key.
 */
export const registerClaimReport = (deps: Deps, ctx: RequestCtx, input: RegisterInput, key: string) =>
  createIdempotently(deps, ctx, input, key, async (tx) => {
    const now = ctx.clock.now();
    const knewAt = input.knewAt ?? input.occurredAt;
    // The schema refused the dates that cannot be true whatever the clock; here the ones after the request's "now"
    // (and the others again for a caller that bypasses the schema, e.g. the seed).
    const problems = reportDateProblems({ occurredAt: input.occurredAt, knewAt: input.knewAt }, now);
    const [first] = problems;
    if (first)
      throw new AppError(
        first.code,
        problems.flatMap((p) => onField(p.field, p)),
      );
    const lookup = await repo.findLookup(tx, input.lookupId, ctx.actor.id);
    if (!lookup) throw new AppError('LOOKUP_NOT_FOUND');
    const policy = await findPolicyById(tx, input.policyId, ctx.actor.scope);
    if (!policy) throw new AppError('POLICY_NOT_FOUND');
    await checkLookupBinding(deps, tx, ctx, lookup, policy, input);
    // The insured reporting (本人) need not be asked their name and number again: the policy holds them.
    const reporterName = input.reporterName ?? deps.crypto.decrypt(policy.insured_name_enc);
    const reporterPhone =
      input.reporterPhone ??
      (policy.insured_phone_enc ? deps.crypto.decrypt(policy.insured_phone_enc) : null);
    if (reporterPhone === null)
      throw new AppError(
        'CLAIM_REPORTER_PHONE_REQUIRED',
        onField('reporterPhone', ERRORS.CLAIM_REPORTER_PHONE_REQUIRED),
      );
    const rules = await loadClaimRules(tx);

    await repo.lockPolicy(tx, policy.id);
    const window = sameLossWindow(input.occurredAt, rules.sameLoss);
    const same = (await repo.reportsInWindow(tx, policy.id, window.from, window.to)).filter(
      (r) => !input.confirmDistinctFrom.includes(r.number),
    );
    if (same.length > 0)
      throw new AppError('CLAIM_DUPLICATE_LOSS', { existing: same.map(reportSummaryView) });

    const caseId = await insertNewCase(deps, tx, ctx, {
      kind: 'claimReport',
      channel: input.channel,
      subject: `${perilLabel(input.cause).zh} · ${policy.product} · ${policy.policy_no}`.slice(0, 200),
      description: input.course,
      customerName: reporterName,
      customerPhone: reporterPhone,
    });
    const check = preliminaryCheck(
      {
        periodStart: policy.period_start,
        periodEnd: policy.period_end,
        coveredPerils: policy.covered_perils,
        line: policy.line === 'life' ? 'life' : 'nonLife',
      },
      { occurredAt: input.occurredAt, cause: input.cause, knewAt, reportedAt: now },
      rules.claimTimeLimitYears,
    );
    const facts = majorFactsOf(input, Number(policy.sum_insured_fen));
    const reasons = majorCaseReasons(facts, rules.majorCase);
    const scene = scenePreservationRequired(
      {
        occurredAt: input.occurredAt,
        reportedAt: now,
        cause: input.cause,
        deaths: input.deaths,
        injuryDegree: input.injuryDegree,
      },
      rules.scene,
    );
    // What the reporter told, typed with an ID or phone number, is sealed (issue #18 part 6).
    const told = await sealColumns(
      deps.crypto,
      tx,
      'claim_reports',
      caseId,
      { course: input.course, measures: input.measures, current_state: input.currentState },
      now,
      { fresh: true },
    );
    await repo.insertClaimReport(tx, {
      ...told,
      case_id: caseId,
      policy_id: policy.id,
      occurred_at: input.occurredAt,
      place: input.place,
      cause: input.cause,
      injury_degree: input.injuryDegree,
      deaths: input.deaths,
      injured: input.injured,
      hospital: input.hospital ?? null,
      repair_shop: input.repairShop ?? null,
      doctor: input.doctor ?? null,
      // Matched by the keyed hash of the normalised name only (issue #22): scoring and the link graph read these.
      hospital_key: providerKey(deps.crypto, 'hospital', input.hospital),
      repair_shop_key: providerKey(deps.crypto, 'repairShop', input.repairShop),
      doctor_key: providerKey(deps.crypto, 'doctor', input.doctor),
      reporter_name_masked: maskName(reporterName),
      reporter_name_enc: deps.crypto.encrypt(reporterName),
      reporter_phone_masked: maskPhone(reporterPhone),
      reporter_phone_enc: deps.crypto.encrypt(reporterPhone),
      reporter_phone_bidx: deps.crypto.blindIndex('phone', reporterPhone),
      reporter_address_masked: input.reporterAddress ? maskAddress(input.reporterAddress) : null,
      reporter_address_enc: input.reporterAddress ? deps.crypto.encrypt(input.reporterAddress) : null,
      reporter_address_bidx: input.reporterAddress ? addressKey(deps.crypto, input.reporterAddress) : null,
      reporter_relation: input.reporterRelation,
      knew_at: knewAt,
      reported_at: now,
      major_facts: JSON.stringify(facts),
      check_ok: check.ok,
      check_failures: JSON.stringify(check.failures),
      notice_issued_at: null,
      copies_archived: false,
      originals_returned: false,
      major: reasons.length > 0,
      major_reasons: JSON.stringify(reasons),
      major_flagged_at: reasons.length > 0 ? now : null,
      major_reported_at: null,
      major_report: null,
      major_acknowledged_at: null,
      major_acknowledged_by: null,
      scene_preservation: scene,
      created_at: now,
    });
    const event = (type: TimelineEventType, data: unknown, note: string | null = null) =>
      insertEvent(tx, { case_id: caseId, at: now, actor_id: ctx.actor.id, type, note, data }, deps.crypto);
    await event('claimReported', { policyNo: policy.policy_no, cause: input.cause, checkOk: check.ok });
    if (!check.ok) await event('preliminaryCheckFailed', { failures: check.failures });
    if (reasons.length > 0) {
      await event('majorCaseFlagged', { reasons });
      // C3: the 24-hour report to head office starts when the center learns the facts, i.e. now.
      await openCaseDeadlines(
        tx,
        { caseId, caseKind: 'claimReport', branchId: ctx.actor.branchId },
        now,
        'majorCaseFlagged',
      );
      // Head office is told in the same transaction; a replayed registration answers without coming here.
      await notifyHeadOffice(tx, caseId, 'flagged', reasons, now);
    }
    if (scene) {
      await repo.insertSurveyTask(tx, deps.crypto, {
        id: randomUUID(),
        case_id: caseId,
        kind: 'sceneSurvey',
        status: 'open',
        assigned_to: 'insurer',
        note: `现场查勘：${input.place}`.slice(0, 500),
        created_at: now,
        done_at: null,
      });
      await event('sceneSurveyRequested', { place: input.place });
    }
    // Link analysis (issue 22 part 2): the report's keyed hashes (providers' too), its address hashed here, and the
    // component it joins re-judged in this transaction.
    await linkAtIntake(
      tx,
      deps.crypto,
      {
        caseId,
        claimId: caseId,
        branchId: ctx.actor.branchId,
        address: input.reporterAddress ?? null,
      },
      {
        actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
        requestId: ctx.requestId,
        ip: ctx.ip,
      },
      now,
    );
    await repo.setLookupOutcome(tx, lookup.id, 'registered', now, caseId);
    // Issue #22: scored in the same transaction; a high score routes to investigation and never blocks the report.
    await scoreClaimReport(deps, tx, ctx, caseId);
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'claimReport.register',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { policyNo: policy.policy_no, checkOk: check.ok, major: reasons.map((r) => r.code), scene },
    });
    return buildClaimReportDetail(deps, tx, ctx, caseId);
  });
