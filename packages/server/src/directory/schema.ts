import { ROLES } from '@claimline/domain/access';
import { z } from 'zod';
import { answers, named, stored } from '../http/answers.ts';

export const usersQuery = z.object({ branchId: z.uuid().optional(), role: z.enum(ROLES).optional() });

export const branchAnswer = named(
  'Branch',
  z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    parentId: z.string().nullable(),
    path: z.string(),
  }),
);

export const userSummaryAnswer = named(
  'UserSummary',
  z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: stored(ROLES),
    branchId: z.string(),
    branchName: z.string(),
  }),
);

export const branchesResponse = answers({ 200: z.object({ items: z.array(branchAnswer) }) });
export const usersResponse = answers({ 200: z.object({ items: z.array(userSummaryAnswer) }) });
