import { randomUUID } from 'node:crypto';
import {
  EXISTING_REPORT_LINE,
  type LookupKind,
  NO_POLICY_LINE,
  SAME_NAME_LINE,
} from '@claimline/domain/claims';
import {
  maskIdNumber,
  maskName,
  maskPlate,
  normalizePlate,
  validateIdNumber,
  validatePlate,
} from '@claimline/domain/identity';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { createPolicySource } from '../policies/factory.ts';
import type { PolicyLookupField, PolicySummaryRow } from '../policies/repository.ts';
import { BIDX, normalizeName } from '../policies/seal.ts';
import { lookupLocal } from './lookup-query.ts';
import type { ReportSummaryRow } from './repository.ts';
import * as repo from './repository.ts';
import { policyView, reportSummaryView } from './views.ts';

type Normalized = { field: PolicyLookupField; value: string; masked: string; plain: string };

/** Turns what the agent typed into the indexed value, exactly as policies were sealed (policies/seal.ts). */
const normalizeQuery = (deps: Deps, by: LookupKind, raw: string, today: Date): Normalized => {
  switch (by) {
    case 'policyNo': {
      const v = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
      if (!/^[A-Z0-9-]{6,40}$/.test(v)) throw new AppError('LOOKUP_VALUE_INVALID', { by });
      return { field: 'policy_no', value: v, masked: v, plain: v };
    }
    case 'insuredName': {
      const v = normalizeName(raw);
      if (v.length < 1 || v.length > 30) throw new AppError('LOOKUP_VALUE_INVALID', { by });
      return {
        field: 'insured_name_bidx',
        value: deps.crypto.blindIndex(BIDX.insuredName, v),
        masked: maskName(v),
        plain: v,
      };
    }
    case 'idNumber': {
      const r = validateIdNumber(raw, today);
      if (!r.ok) throw new AppError(r.code);
      return {
        field: 'insured_id_bidx',
        value: deps.crypto.blindIndex(BIDX.idNumber, r.normalized),
        masked: maskIdNumber(r.normalized),
        plain: r.normalized,
      };
    }
    case 'plate': {
      const r = validatePlate(raw);
      if (!r.ok) throw new AppError(r.code);
      const v = normalizePlate(r.normalized);
      return {
        field: 'plate_bidx',
        value: deps.crypto.blindIndex(BIDX.plate, v),
        masked: maskPlate(v),
        plain: v,
      };
    }
  }
};

/**
 * Look up before registering (seed 003 §(二) 报案记录查询): the policies found, the reports already made on them,
 * and the line to say when nothing is found or the name is shared. Every look-up is logged with its outcome.
 */
export const lookupPolicies = async (
  deps: Deps,
  ctx: RequestCtx,
  input: { by: LookupKind; value: string },
) => {
  const now = ctx.clock.now();
  const q = normalizeQuery(deps, input.by, input.value, now);
  const id = randomUUID();
  const log = {
    id,
    at: now,
    actor_id: ctx.actor.id,
    branch_id: ctx.actor.branchId,
    by: input.by,
    query_masked: q.masked,
    outcome: null,
    outcome_at: null,
    case_id: null,
  };
  const source = createPolicySource(deps);
  let rows: PolicySummaryRow[];
  let existing: ReportSummaryRow[];
  let persons = 1;
  if (source.name === 'local') {
    // The local copy: everything in one statement (claims/lookup-query.ts).
    const found = await lookupLocal(deps.db, { field: q.field, value: q.value, scope: ctx.actor.scope }, log);
    rows = found.policies;
    existing = found.reports;
    persons = found.persons;
  } else {
    // The core system live (written through to the local copy), then the reports already made here.
    rows = await source.find(deps.db, { by: input.by, value: q.plain }, ctx.actor.scope);
    existing = await repo.reportsOnPolicies(
      deps.db,
      rows.map((r) => r.id),
    );
    if (input.by === 'insuredName')
      persons = await repo.distinctInsuredWithName(deps.db, q.value, ctx.actor.scope);
    await repo.insertLookup(deps.db, {
      ...log,
      matches: rows.length,
      existing_reports: existing.length,
      policy_ids: rows.map((r) => r.id),
      insured_persons: persons,
    });
  }
  const sameName = input.by === 'insuredName' && persons > 1;
  return {
    lookupId: id,
    by: input.by,
    query: q.masked,
    policies: rows.map((r) => policyView(r, now)),
    existingReports: existing.map(reportSummaryView),
    insuredPersons: persons,
    confirmIdNumberRequired: sameName,
    script:
      rows.length === 0
        ? NO_POLICY_LINE
        : sameName
          ? SAME_NAME_LINE
          : existing.length > 0
            ? EXISTING_REPORT_LINE
            : null,
  };
};

/** Records what came of a look-up that did not end in a registration (e.g. "told to check the insurer"). */
export const recordLookupOutcome = async (deps: Deps, ctx: RequestCtx, id: string, outcome: string) => {
  const row = await repo.findLookup(deps.db, id, ctx.actor.id);
  if (!row) throw new AppError('LOOKUP_NOT_FOUND');
  await repo.setLookupOutcome(deps.db, id, outcome, ctx.clock.now(), row.case_id);
  return { lookupId: id, outcome };
};
