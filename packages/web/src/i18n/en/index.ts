import type { Messages } from '../messages.ts';
import { analytics } from './analytics.ts';
import { assessment } from './assessment.ts';
import { audit } from './audit.ts';
import { auth } from './auth.ts';
import { calendar } from './calendar.ts';
import { hotlineCalls } from './calls.ts';
import { cases } from './cases.ts';
import { catastrophes } from './catastrophes.ts';
import { claimDesk } from './claim-desk.ts';
import { claimRules } from './claim-rules.ts';
import { claims } from './claims.ts';
import { claimsFinish } from './claims-finish.ts';
import { common } from './common.ts';
import { complaintRules } from './complaint-rules.ts';
import { complaints } from './complaints.ts';
import { customerView } from './customer-view.ts';
import { dataSharing } from './data-sharing.ts';
import { deadlines } from './deadlines.ts';
import { duty } from './duty.ts';
import { listExport } from './export.ts';
import { fraud } from './fraud.ts';
import { fraudGraph } from './fraud-graph.ts';
import { frontDesk } from './front-desk.ts';
import { handover } from './handover.ts';
import { home } from './home.ts';
import { keyboard } from './keyboard.ts';
import { knowledge } from './knowledge.ts';
import { majorInbox } from './major-inbox.ts';
import { nextStep } from './next-step.ts';
import { policies } from './policies.ts';
import { policyServices } from './policy-services.ts';
import { hotlineQa } from './qa.ts';
import { quiz } from './quiz.ts';
import { hotlineScripts } from './scripts.ts';
import { shell } from './shell.ts';
import { tasks } from './tasks.ts';
import { usersAdmin } from './users-admin.ts';

/**
 * English, the second language: one file per desk, each typed by its Chinese twin, so a key missing or added
 * in English does not compile.
 */
export const en: Messages = {
  ...common,
  ...shell,
  ...keyboard,
  ...auth,
  ...cases,
  ...deadlines,
  ...calendar,
  ...audit,
  ...claims,
  ...claimRules,
  ...claimsFinish,
  ...majorInbox,
  ...claimDesk,
  ...complaintRules,
  hotline: { ...hotlineScripts, ...hotlineCalls, ...hotlineQa },
  ...complaints,
  ...policies,
  ...handover,
  ...knowledge,
  ...quiz,
  ...nextStep,
  ...tasks,
  ...duty,
  ...usersAdmin,
  ...dataSharing,
  ...home,
  ...listExport,
  ...assessment,
  ...frontDesk,
  ...catastrophes,
  ...customerView,
  ...fraudGraph,
  ...analytics,
  ...policyServices,
  ...fraud,
};
