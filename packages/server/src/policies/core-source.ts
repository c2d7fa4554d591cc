import { toLocalDay } from '@claimline/domain/identity';
import type { PolicyField, PolicyRecord } from '@claimline/domain/policies';
import { parseFields } from '@claimline/domain/policies';
import { z } from 'zod';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { localPolicySource } from './local-source.ts';
import { upsertPolicies } from './repository.ts';
import { sealPolicy } from './seal.ts';
import type { PolicySource } from './source.ts';

/**
 * The insurer's core system, live (PRODUCT.md: "an adapter interface for a live API"). The contract, written
 * down in docs/OPERATIONS.md: POST {CLAIMLINE_CORE_URL}/policies/search with {"by", "value"} and a bearer
 * token; the answer is {"policies": [...]} with the fields of an import row (English names), 404 for none.
 * The search value travels in the body, not the URL, so personal data stays out of access logs.
 * Every policy the core system answers is validated like an imported row and written through to the local
 * table (source 'core'); the answer is then read back from there, so scope and masking are the local ones.
 */
const amount = z.union([z.number().nonnegative(), z.string()]);
const corePolicy = z.object({
  policyNo: z.string().max(40),
  branchCode: z.string().max(20),
  product: z.string().max(200),
  line: z.string().max(20).optional(),
  coveredPerils: z.union([z.array(z.string().max(40)).max(50), z.string().max(500)]),
  periodStart: z.string().max(20),
  periodEnd: z.string().max(20),
  sumInsured: amount,
  deductible: amount.optional(),
  /** Percentages (免赔率, 赔付比例), e.g. 10 for 10 %. */
  deductibleRate: amount.optional(),
  payoutRatio: amount.optional(),
  policyholderName: z.string().max(200),
  insuredName: z.string().max(100),
  insuredIdNumber: z.string().max(30),
  insuredPhone: z.string().max(40).nullish(),
  plate: z.string().max(20).nullish(),
  beneficiaries: z
    .union([
      z
        .array(z.object({ name: z.string().max(100), relation: z.string().max(20), sharePercent: amount }))
        .max(20),
      z.string().max(2000),
    ])
    .optional(),
});
const coreAnswer = z.object({ policies: z.array(z.unknown()).max(200) });

/** A core-system policy as the text fields of an import row, so the one row validation applies. */
const asRow = (p: z.infer<typeof corePolicy>): Partial<Record<PolicyField, string>> => ({
  policyNo: p.policyNo,
  branchCode: p.branchCode,
  product: p.product,
  line: p.line ?? '',
  coveredPerils: Array.isArray(p.coveredPerils) ? p.coveredPerils.join(';') : p.coveredPerils,
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  sumInsured: String(p.sumInsured),
  deductible: p.deductible === undefined ? '' : String(p.deductible),
  deductibleRate: p.deductibleRate === undefined ? '' : String(p.deductibleRate),
  payoutRatio: p.payoutRatio === undefined ? '' : String(p.payoutRatio),
  policyholderName: p.policyholderName,
  insuredName: p.insuredName,
  insuredIdNumber: p.insuredIdNumber,
  insuredPhone: p.insuredPhone ?? '',
  plate: p.plate ?? '',
  beneficiaries: Array.isArray(p.beneficiaries)
    ? p.beneficiaries.map((b) => `${b.name}|${b.relation}|${b.sharePercent}`).join(';')
    : (p.beneficiaries ?? ''),
});

const unavailable = (reason: string, extra: Record<string, unknown> = {}) =>
  new AppError('POLICY_SOURCE_UNAVAILABLE', { source: 'core', reason, ...extra });

export type CoreSourceOptions = { baseUrl: string; token: string | undefined; timeoutMs: number };

export const corePolicySource = (deps: Deps, opts: CoreSourceOptions): PolicySource => {
  const local = localPolicySource(deps);
  const endpoint = new URL('policies/search', opts.baseUrl.endsWith('/') ? opts.baseUrl : `${opts.baseUrl}/`);

  const ask = async (by: string, value: string): Promise<unknown[]> => {
    let res: Response;
    try {
      res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
        body: JSON.stringify({ by, value }),
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
    } catch (err) {
      const name = (err as Error).name;
      throw unavailable(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network');
    }
    if (res.status === 404) return [];
    if (!res.ok) throw unavailable('status', { status: res.status });
    const body = coreAnswer.safeParse(await res.json().catch(() => undefined));
    if (!body.success) throw unavailable('response');
    return body.data.policies;
  };

  const quote = new URL('surrender-quote', endpoint);
  const refundAnswer = z.object({ refundFen: z.number().int().nonnegative().max(1e13) });

  return {
    name: 'core',
    // POST {CLAIMLINE_CORE_URL}/policies/surrender-quote {"policyNo"} → {"refundFen"}; 404: no quote.
    surrenderRefund: async (policyNo) => {
      let res: Response;
      try {
        res = await fetch(quote, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          },
          body: JSON.stringify({ policyNo }),
          signal: AbortSignal.timeout(opts.timeoutMs),
        });
      } catch {
        throw unavailable('network');
      }
      if (res.status === 404) return null;
      if (!res.ok) throw unavailable('status', { status: res.status });
      const body = refundAnswer.safeParse(await res.json().catch(() => undefined));
      if (!body.success) throw unavailable('response');
      return body.data.refundFen;
    },
    find: async (q: Db | Tx, query, scope) => {
      const answered = await ask(query.by, query.value);
      const now = deps.clock.now();
      const branches = await q.selectFrom('branches').select(['id', 'code']).execute();
      const idOfCode = new Map(branches.map((b) => [b.code, b.id]));
      const records: PolicyRecord[] = [];
      for (const raw of answered) {
        const p = corePolicy.safeParse(raw);
        if (!p.success) continue;
        const r = parseFields(asRow(p.data), {
          knownBranches: new Set(idOfCode.keys()),
          today: toLocalDay(now),
        });
        // A record the center could not have imported is not stored either; the others still answer.
        if (r.ok) records.push(r.record);
      }
      const sealed = records.map((r) =>
        sealPolicy(deps.crypto, r, idOfCode.get(r.branchCode) as string, 'core', now),
      );
      // One statement per policy number: the core system may answer the same policy twice.
      const unique = [...new Map(sealed.map((s) => [s.policy_no, s])).values()];
      await upsertPolicies(q, unique);
      return local.find(q, query, scope);
    },
  };
};
