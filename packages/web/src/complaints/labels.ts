import { TIMELINE_EVENT_TYPES } from '@claimline/domain/cases';
import type { TFunction } from 'i18next';
import { codeLabel } from '../shell/labels.ts';
import { CATEGORIES, COMPLAINT_EVENTS, COMPLEXITIES, URGENCIES } from './api.ts';

const isOneOf = <T extends string>(list: readonly T[], v: string | null | undefined): v is T =>
  v !== null && v !== undefined && (list as readonly string[]).includes(v);

const TIMELINE = [
  ...COMPLAINT_EVENTS,
  // A decision above the handler's authority is recorded under this name (the machine's second `decide` row).
  'proposeDecision',
  'created',
  'feedback',
  'majorComplaint',
  'deadlineBreached',
  'deadlineEscalated',
] as const;
const DEADLINE_KINDS = [
  'complaintDecision',
  'complaintReply',
  'complaintCallback',
  'complaintReview',
] as const;

/**
 * Labels of server codes. A timeline event takes the desk's own word where it has one (结案 rather than the
 * shared 关闭; the same words name the action buttons), else the shared registry's.
 */
export const eventLabel = (t: TFunction, type: string) =>
  isOneOf(TIMELINE, type) ? t(`complaints.events.${type}`) : codeLabel(TIMELINE_EVENT_TYPES, type);
export const urgencyLabel = (t: TFunction, v: string | null) =>
  isOneOf(URGENCIES, v) ? t(`complaints.urgency.${v}`) : t('common.none');
export const complexityLabel = (t: TFunction, v: string | null) =>
  isOneOf(COMPLEXITIES, v) ? t(`complaints.complexity.${v}`) : t('common.none');
export const categoryLabel = (t: TFunction, v: string | null) =>
  isOneOf(CATEGORIES, v) ? t(`complaints.category.${v}`) : (v ?? t('common.none'));
export const clockLabel = (t: TFunction, kind: string) =>
  isOneOf(DEADLINE_KINDS, kind) ? t(`complaints.deadlineKinds.${kind}`) : kind;
export const handlerLabel = (t: TFunction, v: string | null) =>
  isOneOf(['agent', 'teamLead', 'supervisor'] as const, v)
    ? t(`complaints.handlerRole.${v}`)
    : t('common.none');
export const levelLabel = (t: TFunction, v: string) =>
  isOneOf(['teamLead', 'supervisor', 'branch', 'headOffice'] as const, v) ? t(`complaints.level.${v}`) : v;

export const URGENCY_COLOR: Record<string, string> = { normal: 'blue', urgent: 'orange', critical: 'red' };
