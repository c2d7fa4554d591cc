import type { Deps } from '../http/context.ts';
import { corePolicySource } from './core-source.ts';
import { localPolicySource } from './local-source.ts';
import type { PolicySource } from './source.ts';

/** The policy source the settings choose (CLAIMLINE_POLICY_SOURCE=local|core; docs/OPERATIONS.md). */
export const createPolicySource = (deps: Deps): PolicySource => {
  if (deps.settings.policySource === 'local') return localPolicySource(deps);
  if (!deps.settings.coreUrl)
    throw new Error('CLAIMLINE_CORE_URL is required when CLAIMLINE_POLICY_SOURCE=core');
  return corePolicySource(deps, {
    baseUrl: deps.settings.coreUrl,
    token: deps.settings.coreToken,
    timeoutMs: deps.settings.coreTimeoutMs,
  });
};
