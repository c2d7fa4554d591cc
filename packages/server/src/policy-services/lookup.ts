import { documentsFor } from '@claimline/domain/policy-services';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { BIDX, normalizeName } from '../policies/seal.ts';
import { loadDocumentSettings } from './documents.ts';
import * as repo from './repository.ts';
import { policyView } from './views.ts';

const bare = (d: { id: string; zh: string; en: string }) => ({ id: d.id, zh: d.zh, en: d.en });

/**
 * The desk's look-up by policy number (seed 003 第五条 "询问保单详情——保单号码，险种名称，被保险人姓名"), in the
 * caller's scope and masked, with the documents to bring for each service, so the agent can tell the customer at
 * once (第五条 "提醒客户准备相关资料"). Numbers are normalised as the claims desk's look-up does.
 */
export const lookUpServicePolicy = async (deps: Deps, ctx: RequestCtx, policyNo: string) => {
  const no = policyNo.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const p = await repo.servicePolicyByNo(deps.db, no, ctx.actor.scope);
  if (!p) throw new AppError('POLICY_NOT_FOUND');
  const { settings } = await loadDocumentSettings(deps.db);
  const holder = normalizeName(deps.crypto.decrypt(p.policyholder_name_enc));
  return {
    policy: policyView(p),
    documents: {
      surrender: documentsFor(settings, 'surrender', p).map(bare),
      endorsement: documentsFor(settings, 'endorsement', p).map(bare),
    },
    holderVerifiable: deps.crypto.blindIndex(BIDX.insuredName, holder) === p.insured_name_bidx,
  };
};
