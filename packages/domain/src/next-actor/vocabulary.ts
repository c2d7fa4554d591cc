import type { Label } from '../core/labels.ts';

/**
 * Who acts next on a record (issue #21 part 3): one named person (the owner or handler, the colleague asked to
 * take a hand-over), a role's queue (whoever of that role in scope takes it), the customer, or nobody (finished).
 */
export type NextActor =
  | { kind: 'person'; userId: string }
  | { kind: 'role'; role: QueueRole }
  | { kind: 'customer' }
  | { kind: 'nobody' };

/** The queues a step can wait in, named by who works them, not by a permission code. */
export const QUEUE_ROLES = ['lead', 'approver', 'claimsHandler', 'headOffice', 'superior'] as const;
export type QueueRole = (typeof QUEUE_ROLES)[number];

export const QUEUE_ROLE_LABELS: { readonly [K in QueueRole]: Label } = {
  lead: { zh: '组长或以上', en: 'A team lead or above' },
  approver: { zh: '有相应审批权限的人', en: 'An approver with the authority' },
  claimsHandler: { zh: '理赔服务岗', en: 'A claims handler' },
  headOffice: { zh: '总公司', en: 'Head office' },
  superior: { zh: '上级机构', en: 'The institution above' },
};

/** What the customer owes when the record waits for them. */
export const CUSTOMER_ACTIONS = ['bringDocuments'] as const;
export type CustomerAction = (typeof CUSTOMER_ACTIONS)[number];

export const CUSTOMER_ACTION_LABELS: { readonly [K in CustomerAction]: Label } = {
  bringDocuments: { zh: '补交缺少的材料', en: 'Bring the missing documents' },
};

export const CUSTOMER_LABEL: Label = { zh: '客户', en: 'The customer' };
export const NOBODY_LABEL: Label = { zh: '无需再处理', en: 'Nothing left to do' };
export const FINISHED_LABEL: Label = { zh: '已办结', en: 'Finished' };

/**
 * The next step of a record: who, which of their actions (a machine event, with the machine's own words), whether
 * the person looking may take it now, and, for an assignment, whom the routing will give it to.
 */
export type NextStep = {
  actor: NextActor;
  /** The machine event that is the actor's; null when the customer or nobody acts. */
  event: string | null;
  action: Label;
  /** The viewer is the one to act (the person named, or one of the queue's role) and the table allows it now. */
  viewerActs: boolean;
  /** An assignment waiting for a lead: the person the routing chose (never simply the viewer). */
  routedTo: string | null;
};

/** The person looking: who they are and the events the machine offers them now (offered moves, allowed). */
export type Viewer = { id: string; allowedEvents: readonly string[] };
