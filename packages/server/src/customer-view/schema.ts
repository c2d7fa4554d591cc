import { CASE_KINDS, CASE_STATUSES } from '@claimline/domain/cases';
import { z } from 'zod';
import { answers, instantDate, named, stored } from '../http/answers.ts';

/**
 * The customer view (客户视图, issue 15 part 1): every case, call, complaint, claim report and claim application
 * of one person. Searched by phone or ID number sent in the body (never the URL: it would land in logs and
 * history), or opened from a case or call the person is on.
 */
export const customerSearchBody = z
  .object({
    phone: z.string().trim().min(5).max(30).optional(),
    idNumber: z.string().trim().min(15).max(30).optional(),
  })
  .refine((b) => b.phone !== undefined || b.idNumber !== undefined, {
    message: 'Enter a phone number or an ID number|请输入电话号码或身份证号',
  });
export type CustomerSearchBody = z.infer<typeof customerSearchBody>;

export const anchorParams = z.object({ id: z.uuid() });

/** The groups of the view, in display order. */
export const CUSTOMER_GROUPS = ['call', 'complaint', 'claimReport', 'claimApplication', 'case'] as const;
export type CustomerGroup = (typeof CUSTOMER_GROUPS)[number];

export const customerRecordAnswer = named(
  'CustomerRecord',
  z.object({
    /** The case id, or the call id for a call: what the console opens. */
    id: z.string(),
    group: z.enum(CUSTOMER_GROUPS),
    caseKind: stored(CASE_KINDS).nullable(),
    number: z.string().nullable(),
    subject: z.string().nullable(),
    caseStatus: stored(CASE_STATUSES).nullable(),
    callState: z.enum(['ringing', 'answered', 'ended']).nullable(),
    at: instantDate,
    branchName: z.string(),
    /** Masked (C11). */
    nameMasked: z.string().nullable(),
    phoneMasked: z.string().nullable(),
  }),
);

export const customerViewAnswer = named(
  'CustomerView',
  z.object({
    matchedBy: z.array(z.enum(['phone', 'idNumber'])),
    person: z.object({
      nameMasked: z.string().nullable(),
      phoneMasked: z.string().nullable(),
      /** A case of this person in scope whose name and phone can be revealed (audited like every reveal). */
      revealCaseId: z.string().nullable(),
    }),
    groups: z.array(z.object({ group: z.enum(CUSTOMER_GROUPS), items: z.array(customerRecordAnswer) })),
    total: z.number().int(),
    /** More records than the view lists (RECORD_LIMIT per group). */
    truncated: z.boolean(),
  }),
);
export const customerViewResponse = answers({ 200: customerViewAnswer });
