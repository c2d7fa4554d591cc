import { can } from '@claimline/domain/access';
import { appendAuditAlone } from '../audit/audit.ts';
import { normalizePhone } from '../crypto/masking.ts';
import { auditGrantReads, sharedCaseReach } from '../data-sharing/case-reads.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { BIDX, normalizeIdNumber } from '../policies/seal.ts';
import * as repo from './repository.ts';
import type { CustomerGroup, CustomerSearchBody } from './schema.ts';

type Keys = { phones: string[]; ids: string[]; matchedBy: ('phone' | 'idNumber')[]; anchorCaseId?: string };
type Anchor = { objectType: 'case' | 'call' | 'text'; objectId: string | null };

const unique = (xs: readonly (string | null | undefined)[]) => [
  ...new Set(xs.filter((x): x is string => !!x)),
];

/**
 * The keyed hashes of a typed phone: without separators and without +86 (how the forms store it), and with +86
 * (how a PBX may send a caller's number, stored as sent).
 */
const phoneIndexes = (deps: Deps, phone: string) => {
  const local = normalizePhone(phone).replace(/^\+?86(?=1)/, '');
  return unique([local, `+86${local}`, `86${local}`]).map((p) => deps.crypto.blindIndex(BIDX.phone, p));
};

const GROUP_OF_KIND: Record<string, CustomerGroup> = {
  complaint: 'complaint',
  claimReport: 'claimReport',
  claimApplication: 'claimApplication',
};

/**
 * Builds the view from a person's keys. An ID number also brings the phones recorded with it (a claim
 * application's applicant, a policy's insured), so the calls from those phones are found; a phone does not bring
 * an ID number (a family shares a phone, not an ID). The read is audited (`customerView.read`, counts only, no
 * personal data) before the answer leaves, and each case read under a data-sharing grant as the case list does.
 */
const build = async (deps: Deps, ctx: RequestCtx, keys: Keys, anchor: Anchor) => {
  const phones = unique([...keys.phones, ...(await repo.phonesOfIdNumber(deps.db, keys.ids))]);
  const caseIds = unique([
    keys.anchorCaseId,
    ...(await repo.caseIdsByPhone(deps.db, phones)),
    ...(await repo.caseIdsByIdNumber(deps.db, keys.ids)),
  ]);
  const { grants, reach } = await sharedCaseReach(deps.db, ctx);
  const cases = await repo.casesIn(deps.db, ctx.actor.scope, ctx.actor.id, caseIds, reach);
  const calls = can(ctx.actor.role, 'call.read') ? await repo.callsOf(deps.db, ctx.actor.scope, phones) : [];
  if (grants.length > 0)
    await auditGrantReads(
      deps.db,
      ctx,
      grants,
      cases.map((c) => ({ id: c.id, kind: c.kind, branchPath: c.branch_path })),
      'caseList',
    );
  try {
    await appendAuditAlone(deps.db, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'customerView.read',
      objectType: anchor.objectType,
      objectId: anchor.objectId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { matchedBy: keys.matchedBy, cases: cases.length, calls: calls.length },
    });
  } catch {
    throw new AppError('AUDIT_UNAVAILABLE');
  }

  const items = [
    ...calls.map((c) => ({
      id: c.id,
      group: 'call' as const,
      caseKind: null,
      number: null,
      subject: null,
      caseStatus: null,
      callState: c.state,
      at: c.ring_started_at,
      branchName: c.branch_name,
      nameMasked: null,
      phoneMasked: c.caller_masked,
    })),
    ...cases.map((c) => ({
      id: c.id,
      group: GROUP_OF_KIND[c.kind] ?? ('case' as const),
      caseKind: c.kind,
      number: c.number,
      subject: c.subject,
      caseStatus: c.status,
      callState: null,
      at: c.created_at,
      branchName: c.branch_name,
      nameMasked: c.customer_name_masked,
      phoneMasked: c.customer_phone_masked,
    })),
  ];
  const groups = (['call', 'complaint', 'claimReport', 'claimApplication', 'case'] as const)
    .map((group) => ({ group, all: items.filter((i) => i.group === group) }))
    .filter((g) => g.all.length > 0);
  const named = cases.find((c) => c.customer_name_masked && c.branch_path.startsWith(ctx.actor.branchPath));
  return {
    matchedBy: keys.matchedBy,
    person: {
      nameMasked: named?.customer_name_masked ?? null,
      phoneMasked: named?.customer_phone_masked ?? calls[0]?.caller_masked ?? null,
      revealCaseId: named?.id ?? null,
    },
    groups: groups.map((g) => ({ group: g.group, items: g.all.slice(0, repo.RECORD_LIMIT) })),
    total: items.length,
    truncated: groups.some((g) => g.all.length > repo.RECORD_LIMIT),
  };
};

/** Search by a phone or an ID number typed by staff (sent in the body). */
export const searchCustomer = (deps: Deps, ctx: RequestCtx, body: CustomerSearchBody) => {
  const phones = body.phone ? phoneIndexes(deps, body.phone) : [];
  const ids = body.idNumber ? [deps.crypto.blindIndex(BIDX.idNumber, normalizeIdNumber(body.idNumber))] : [];
  const matchedBy = [
    ...(body.phone ? ['phone' as const] : []),
    ...(body.idNumber ? ['idNumber' as const] : []),
  ];
  return build(deps, ctx, { phones, ids, matchedBy }, { objectType: 'text', objectId: null });
};

/** 该客户的全部记录 from a case (a consultation, complaint, claim report or claim application) in scope. */
export const customerOfCase = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const k = await repo.caseKeys(deps.db, id, ctx.actor.scope);
  if (!k) throw new AppError('CASE_NOT_FOUND');
  const phones = unique([k.customer_phone_bidx, k.reporter_phone_bidx, k.applicant_phone_bidx]);
  const ids = unique([k.applicant_id_bidx]);
  const matchedBy = [
    ...(phones.length > 0 ? ['phone' as const] : []),
    ...(ids.length > 0 ? ['idNumber' as const] : []),
  ];
  return build(deps, ctx, { phones, ids, matchedBy, anchorCaseId: id }, { objectType: 'case', objectId: id });
};

/** 该客户的全部记录 from a call in scope: by the caller's number. */
export const customerOfCall = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const k = await repo.callKeys(deps.db, id, ctx.actor.scope);
  if (!k) throw new AppError('CALL_NOT_FOUND');
  const phones = unique([k.caller_bidx]);
  return build(
    deps,
    ctx,
    { phones, ids: [], matchedBy: phones.length > 0 ? ['phone'] : [] },
    { objectType: 'call', objectId: id },
  );
};
