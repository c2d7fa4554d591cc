import type { Role } from '../access/index.ts';
import type { Label } from '../core/labels.ts';

/**
 * The departments of a centre (seed 002 §一(二) "公司保险客服部门", §六(四) cooperation with "其他部门"). Seeded
 * with these codes; a system administrator renames them and adds more. Codes are stable: data-sharing owners refer
 * to them.
 */
export const SEEDED_DEPARTMENTS = {
  service: { zh: '客服部', en: 'Customer service' },
  claims: { zh: '理赔部', en: 'Claims' },
  operations: { zh: '运营部', en: 'Operations' },
  sales: { zh: '销售部', en: 'Sales' },
} as const satisfies Record<string, Label>;
export type SeededDepartment = keyof typeof SEEDED_DEPARTMENTS;

/** Where a new or seeded account belongs when nobody says otherwise: by the work its role does. */
export const DEFAULT_DEPARTMENT_BY_ROLE: Record<Role, SeededDepartment | null> = {
  agent: 'service',
  teamLead: 'service',
  supervisor: 'service',
  serviceManager: 'service',
  claimsHandler: 'claims',
  branchAdmin: 'operations',
  headOffice: 'operations',
  sysAdmin: 'operations',
  // The auditor stands outside the departments it audits.
  auditor: null,
};

/** A department code: lower camel case letters, as the seeded ones. */
export const DEPARTMENT_CODE_PATTERN = /^[a-z][a-zA-Z0-9]{1,23}$/;
