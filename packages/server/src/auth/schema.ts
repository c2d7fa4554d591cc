import { PERMISSIONS, ROLES } from '@claimline/domain/access';
import { z } from 'zod';
import { answers, named, noContent } from '../http/answers.ts';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

/** The logged-in user as the console needs it; never the session hash, branch path or scope. */
export const meAnswer = named(
  'Me',
  z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    branchId: z.string(),
    branchCode: z.string(),
    branchName: z.string(),
    permissions: z.array(z.enum(PERMISSIONS)),
    mustChangePassword: z.boolean(),
  }),
);

export const userAnswer = answers({ 200: named('MeAnswer', z.object({ user: meAnswer })) });
export const noContentAnswer = answers({ 204: noContent });
