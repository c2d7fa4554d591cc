import { ASSESSMENT_MACHINE } from '../assessment/index.ts';
import { CALL_MACHINE } from '../calls/index.ts';
import { CONSULTATION_MACHINE, GENERAL_CASE_MACHINE, TRANSFER_MACHINE } from '../cases/index.ts';
import { CATASTROPHE_MACHINE } from '../catastrophes/index.ts';
import { CLAIM_APPLICATION_MACHINE } from '../claim-applications/index.ts';
import { CLAIM_REPORT_MACHINE } from '../claims/index.ts';
import { COMPLAINT_MACHINE } from '../complaints/index.ts';
import { DATA_SHARE_MACHINE } from '../data-sharing/index.ts';
import { HANDOVER_MACHINE } from '../duty/index.ts';
import { INVESTIGATION_MACHINE } from '../fraud/index.ts';
import { VISIT_MACHINE } from '../front-desk/index.ts';
import { ARTICLE_MACHINE } from '../knowledge/index.ts';
import { ENDORSEMENT_MACHINE, SURRENDER_MACHINE } from '../policy-services/index.ts';
import { TASK_MACHINE } from '../tasks/index.ts';
import type { AnyMachine } from '../workflow/index.ts';

/**
 * Every state machine of the product, in the order a newcomer meets them. docs/WORKFLOWS.md is generated from
 * this list and every machine on it is held to its own table by machines.test.ts: a new machine is added here.
 */
export const MACHINES: readonly AnyMachine[] = [
  CONSULTATION_MACHINE,
  GENERAL_CASE_MACHINE,
  TRANSFER_MACHINE,
  CLAIM_REPORT_MACHINE,
  CLAIM_APPLICATION_MACHINE,
  COMPLAINT_MACHINE,
  CALL_MACHINE,
  HANDOVER_MACHINE,
  ARTICLE_MACHINE,
  TASK_MACHINE,
  DATA_SHARE_MACHINE,
  ASSESSMENT_MACHINE,
  VISIT_MACHINE,
  CATASTROPHE_MACHINE,
  SURRENDER_MACHINE,
  ENDORSEMENT_MACHINE,
  INVESTIGATION_MACHINE,
];
