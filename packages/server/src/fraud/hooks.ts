import { onApplicationMoved } from '../claim-applications/after-move-hooks.ts';
import { rescoreApplication } from './scoring.ts';

/** Rescoring after every claim-application change, in the move's transaction (issue #22 part 1). */
export const installFraudHooks = () =>
  onApplicationMoved(({ deps, tx, ctx, caseId }) => rescoreApplication(deps, tx, ctx, caseId));
