import { ROLES } from '@claimline/domain/access';
import { DEPARTMENT_CODE_PATTERN, USER_MOVES } from '@claimline/domain/users';
import { z } from 'zod';
import { answers, instantDate, named, stored, zhEn } from '../http/answers.ts';

export const adminUsersQuery = z.object({
  branchId: z.uuid().optional(),
  role: z.enum(ROLES).optional(),
  departmentId: z.uuid().optional(),
  active: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(64).optional(),
});

export const userIdParams = z.object({ id: z.uuid() });

const displayName = z.string().trim().min(1).max(40);
const agentNo = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,16}$/)
  .nullable();

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9._-]{2,31}$/),
  displayName,
  agentNo: agentNo.optional(),
  role: z.enum(ROLES),
  branchId: z.uuid(),
  departmentId: z.uuid().nullable().optional(),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const editUserBody = z.object({
  version: z.number().int().nonnegative(),
  displayName: displayName.optional(),
  agentNo: agentNo.optional(),
  departmentId: z.uuid().nullable().optional(),
});
export type EditUserBody = z.infer<typeof editUserBody>;

export const userMoveBody = z.discriminatedUnion('move', [
  z.object({ move: z.literal('deactivate'), version: z.number().int().optional() }),
  z.object({ move: z.literal('reactivate'), version: z.number().int().optional() }),
  z.object({ move: z.literal('changeRole'), version: z.number().int().optional(), role: z.enum(ROLES) }),
  z.object({ move: z.literal('moveBranch'), version: z.number().int().optional(), branchId: z.uuid() }),
  z.object({ move: z.literal('resetPassword'), version: z.number().int().optional() }),
  z.object({ move: z.literal('unlock'), version: z.number().int().optional() }),
]);
export type UserMoveBody = z.infer<typeof userMoveBody>;

const offeredUserMove = z.object({
  move: stored(USER_MOVES),
  allowed: z.boolean(),
  reason: z.object({ code: z.string(), zh: z.string(), en: z.string() }).nullable(),
});

export const adminUserAnswer = named(
  'AdminUser',
  z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    agentNo: z.string().nullable(),
    role: stored(ROLES),
    branchId: z.string(),
    branchName: zhEn,
    departmentId: z.string().nullable(),
    departmentName: zhEn.nullable(),
    active: z.boolean(),
    locked: z.boolean(),
    lockedUntil: instantDate.nullable(),
    mustChangePassword: z.boolean(),
    version: z.number().int(),
    createdAt: instantDate,
    moves: z.array(offeredUserMove),
  }),
);

export const adminUsersResponse = answers({
  200: z.object({ items: z.array(adminUserAnswer), assignableRoles: z.array(stored(ROLES)) }),
});
export const adminUserResponse = answers({ 200: adminUserAnswer });
/** The temporary password is in this answer only: it is shown once and never stored in clear. */
export const userWithPasswordResponse = answers({
  200: z.object({ user: adminUserAnswer, temporaryPassword: z.string().nullable() }),
  201: z.object({ user: adminUserAnswer, temporaryPassword: z.string().nullable() }),
});

// ---- departments ----

export const departmentAnswer = named(
  'Department',
  z.object({
    id: z.string(),
    code: z.string(),
    name: zhEn,
    active: z.boolean(),
    version: z.number().int(),
    members: z.number().int(),
  }),
);
export const departmentsResponse = answers({ 200: z.object({ items: z.array(departmentAnswer) }) });
export const departmentResponse = answers({ 200: departmentAnswer, 201: departmentAnswer });

export const createDepartmentBody = z.object({
  code: z.string().regex(DEPARTMENT_CODE_PATTERN),
  name: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(60),
});
export const editDepartmentBody = z.object({
  version: z.number().int().nonnegative(),
  name: z.string().trim().min(1).max(40).optional(),
  nameEn: z.string().trim().min(1).max(60).optional(),
  active: z.boolean().optional(),
});
export const departmentIdParams = z.object({ id: z.uuid() });
