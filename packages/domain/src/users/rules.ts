import { ROLES, type Role } from '../access/index.ts';

/**
 * Who may administer whose account (issue 18 part 1; seed 002 §七(三)2 "严格限制对客户信息的访问权限", GB/T 22239-2019
 * level 3 separation of duties). Pure: the server passes the people and the count of head-office administrators.
 */

/** Roles a branch administrator may give: the front line and its leads, never an administrator or head office. */
export const BRANCH_ASSIGNABLE_ROLES: readonly Role[] = [
  'agent',
  'teamLead',
  'supervisor',
  'serviceManager',
  'claimsHandler',
];

/** The administration moves; `create`, `changeRole` and `moveBranch` carry what they set. */
export const USER_MOVES = [
  'edit',
  'deactivate',
  'reactivate',
  'changeRole',
  'moveBranch',
  'resetPassword',
  'unlock',
] as const;
export type UserMove = (typeof USER_MOVES)[number];

/** Moves that change a person's rights: never on oneself (nobody raises their own rights). */
const RIGHTS_MOVES: readonly UserMove[] = ['deactivate', 'reactivate', 'changeRole', 'moveBranch'];
/** A reset or unlock of one's own account would skip the current-password check: also not on oneself. */
const SELF_REFUSED: readonly UserMove[] = [...RIGHTS_MOVES, 'resetPassword', 'unlock'];

export type AdminPerson = { id: string; role: Role; branchPath: string };
export type ManagedPerson = AdminPerson & { active: boolean };

export type UserAdminContext = {
  /** The materialised path of head office, the root of the branch tree ("/HO/"). */
  rootPath: string;
  /** Active system administrators placed at head office, counted under a lock by the server. */
  activeHeadOfficeSysAdmins: number;
};

export type UserAdminCode =
  | 'USER_ADMIN_FORBIDDEN'
  | 'USER_SELF_CHANGE'
  | 'USER_OUT_OF_SCOPE'
  | 'USER_ROLE_NOT_ASSIGNABLE'
  | 'USER_TARGET_NOT_MANAGEABLE'
  | 'USER_LAST_ADMIN'
  | 'USER_ALREADY_ACTIVE'
  | 'USER_ALREADY_INACTIVE';

export type UserAdminDecision = { ok: true } | { ok: false; code: UserAdminCode };

const OK: UserAdminDecision = { ok: true };
const no = (code: UserAdminCode): UserAdminDecision => ({ ok: false, code });

const isAdminRole = (r: Role) => r === 'sysAdmin' || r === 'branchAdmin';

/** A system administrator at head office administers the whole company; any other administrator its subtree. */
export const isHeadOfficeSysAdmin = (p: AdminPerson, ctx: Pick<UserAdminContext, 'rootPath'>) =>
  p.role === 'sysAdmin' && p.branchPath === ctx.rootPath;

/** The roles this administrator may give (and so may manage people holding). */
export const assignableRoles = (
  actor: AdminPerson,
  ctx: Pick<UserAdminContext, 'rootPath'>,
): readonly Role[] =>
  isHeadOfficeSysAdmin(actor, ctx) ? ROLES : isAdminRole(actor.role) ? BRANCH_ASSIGNABLE_ROLES : [];

const inSubtree = (actor: AdminPerson, branchPath: string) => branchPath.startsWith(actor.branchPath);

/** Creating an account: the role must be one this administrator may give, in a branch of its subtree. */
export const decideCreate = (
  actor: AdminPerson,
  wanted: { role: Role; branchPath: string },
  ctx: UserAdminContext,
): UserAdminDecision => {
  if (!isAdminRole(actor.role)) return no('USER_ADMIN_FORBIDDEN');
  if (!inSubtree(actor, wanted.branchPath)) return no('USER_OUT_OF_SCOPE');
  if (!assignableRoles(actor, ctx).includes(wanted.role)) return no('USER_ROLE_NOT_ASSIGNABLE');
  return OK;
};

/** What a move sets, when it sets something: the new role, the new branch. */
export type MoveParams = { role?: Role | undefined; branchPath?: string | undefined };

/**
 * One move on an existing account. Checked in this order, so the refusal names the most telling reason: the last
 * head-office administrator first (also when they try it on themselves), then oneself, scope, the target's role,
 * the state, and last what the move would set. Without params only the move itself is judged (for the buttons).
 */
export const decideUserMove = (
  actor: AdminPerson,
  target: ManagedPerson,
  move: UserMove,
  ctx: UserAdminContext,
  params: MoveParams = {},
): UserAdminDecision => {
  if (!isAdminRole(actor.role)) return no('USER_ADMIN_FORBIDDEN');
  if (removesLastAdmin(target, move, ctx, params)) return no('USER_LAST_ADMIN');
  if (actor.id === target.id && SELF_REFUSED.includes(move)) return no('USER_SELF_CHANGE');
  if (!inSubtree(actor, target.branchPath)) return no('USER_OUT_OF_SCOPE');
  const assignable = assignableRoles(actor, ctx);
  // Resetting another administrator's password would hand over their account: only people one may create.
  if (actor.id !== target.id && !assignable.includes(target.role)) return no('USER_TARGET_NOT_MANAGEABLE');
  if (move === 'deactivate' && !target.active) return no('USER_ALREADY_INACTIVE');
  if (move === 'reactivate' && target.active) return no('USER_ALREADY_ACTIVE');
  if (move === 'changeRole' && params.role !== undefined && !assignable.includes(params.role))
    return no('USER_ROLE_NOT_ASSIGNABLE');
  if (move === 'moveBranch' && params.branchPath !== undefined && !inSubtree(actor, params.branchPath))
    return no('USER_OUT_OF_SCOPE');
  return OK;
};

/** The company keeps at least one active system administrator at head office (nobody can lock everyone out). */
const removesLastAdmin = (
  target: ManagedPerson,
  move: UserMove,
  ctx: UserAdminContext,
  params: MoveParams,
): boolean => {
  if (!target.active || !isHeadOfficeSysAdmin(target, ctx) || ctx.activeHeadOfficeSysAdmins > 1) return false;
  if (move === 'deactivate') return true;
  if (move === 'changeRole') return params.role === undefined || params.role !== 'sysAdmin';
  if (move === 'moveBranch') return params.branchPath === undefined || params.branchPath !== ctx.rootPath;
  return false;
};
