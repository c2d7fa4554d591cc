/**
 * Training (客服培训), seed 002 §四: the supervisor's yearly plan (§四(一)1: goals, content, method, schedule),
 * sessions with attendance, an exam after each (§四(二)3 培训结束后…进行考核), and the certificate a pass earns.
 * A new agent goes on the hotline only with the required courses certified and not expired.
 */

import type { Label } from '../core/labels.ts';

/** §四(一)2 培训内容: insurance basics, products, service skills, communication, the customer information system. */
export const TRAINING_TOPICS = [
  'insuranceBasics',
  'productKnowledge',
  'serviceSkills',
  'communication',
  'systemOperation',
] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export const TRAINING_TOPIC_LABELS: Record<TrainingTopic, Label> = {
  insuranceBasics: { zh: '保险基础知识', en: 'Insurance basics' },
  productKnowledge: { zh: '产品知识', en: 'Product knowledge' },
  serviceSkills: { zh: '服务技巧', en: 'Service skills' },
  communication: { zh: '沟通技巧', en: 'Communication' },
  systemOperation: { zh: '客户信息系统操作', en: 'Customer system operation' },
};

export const isTrainingTopic = (s: string): s is TrainingTopic =>
  (TRAINING_TOPICS as readonly string[]).includes(s);

export type TrainingSettings = {
  /** §四(二)3 考核: the exam pass mark out of 100 (the usual 60; a setting of the centre). */
  passMark: number;
  /** How long a certificate holds; the seed sets none, 24 months is a centre setting. */
  certificateMonths: number;
  /** Certificates ending within this many days show as "expiring soon" (a setting). */
  expiringSoonDays: number;
  /** §四(一)2: the courses a new agent needs before the hotline (第一条 of seed 000 puts qualified staff on a post). */
  hotlineRequired: readonly TrainingTopic[];
};

export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  passMark: 60,
  certificateMonths: 24,
  expiringSoonDays: 30,
  hotlineRequired: ['insuranceBasics', 'serviceSkills', 'systemOperation'],
};

export type Certificate = { topic: string; issuedOn: string; expiresOn: string };

/** An exam score passes at or above the pass mark. */
export const passes = (score: number, s: TrainingSettings = DEFAULT_TRAINING_SETTINGS) => score >= s.passMark;

/** The date a certificate issued on `day` (YYYY-MM-DD) ends: the same day `months` later (clamped to month end). */
export const certificateExpiry = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ey = Math.floor(total / 12);
  const em = (total % 12) + 1;
  const last = new Date(Date.UTC(ey, em, 0)).getUTCDate();
  return `${ey}-${String(em).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};

/** The required topics with no certificate valid on `day` (issued on or before it, expiring after it). */
export const missingTraining = (
  required: readonly string[],
  certificates: readonly Certificate[],
  day: string,
): string[] =>
  required.filter((t) => !certificates.some((c) => c.topic === t && c.issuedOn <= day && c.expiresOn > day));

/** Certificates that end within `days` of `day` (and have not ended yet). */
export const expiringSoon = <C extends Certificate>(certs: readonly C[], day: string, days: number): C[] => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  return certs.filter((c) => c.expiresOn > day && c.expiresOn <= limit);
};
