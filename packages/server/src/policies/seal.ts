import { randomUUID } from 'node:crypto';
import { maskIdNumber, maskName, maskPlate, normalizePlate } from '@claimline/domain/identity';
import type { PolicyRecord } from '@claimline/domain/policies';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import { maskPhone, normalizePhone } from '../crypto/masking.ts';
import type { PolicyTable } from '../db/schema.ts';

/** Blind-index kinds: one per searchable field so equal values in different fields never collide. */
export const BIDX = {
  insuredName: 'insuredName',
  idNumber: 'idNumber',
  phone: 'phone',
  plate: 'plate',
} as const;

export const normalizeName = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').trim();
export const normalizeIdNumber = (id: string) => id.trim().toUpperCase();

export type SealedPolicy = Omit<PolicyTable, 'version'>;

/** Seals a policy's personal fields for storage: encrypted value, display mask and blind index where searched. */
export const sealPolicy = (
  crypto: FieldCrypto,
  p: PolicyRecord,
  branchId: string,
  source: 'import' | 'demo' | 'core',
  now: Date,
): SealedPolicy => {
  const name = normalizeName(p.insuredName);
  const id = normalizeIdNumber(p.insuredIdNumber);
  const phone = p.insuredPhone ? normalizePhone(p.insuredPhone) : null;
  const plate = p.plate ? normalizePlate(p.plate) : null;
  return {
    id: randomUUID(),
    policy_no: p.policyNo,
    branch_id: branchId,
    product: p.product,
    line: p.line,
    covered_perils: p.coveredPerils,
    period_start: p.periodStart,
    period_end: p.periodEnd,
    sum_insured_fen: p.sumInsuredFen,
    sum_insured_raised_at: p.sumInsuredRaisedAt ?? null,
    deductible_fen: p.deductibleFen,
    deductible_rate_bp: p.deductibleRateBp,
    payout_ratio_bp: p.payoutRatioBp,
    policyholder_name_masked: maskName(p.policyholderName),
    policyholder_name_enc: crypto.encrypt(p.policyholderName),
    insured_name_masked: maskName(name),
    insured_name_enc: crypto.encrypt(name),
    insured_name_bidx: crypto.blindIndex(BIDX.insuredName, name),
    insured_id_masked: maskIdNumber(id),
    insured_id_enc: crypto.encrypt(id),
    insured_id_bidx: crypto.blindIndex(BIDX.idNumber, id),
    insured_phone_masked: phone ? maskPhone(phone) : null,
    insured_phone_enc: phone ? crypto.encrypt(phone) : null,
    insured_phone_bidx: phone ? crypto.blindIndex(BIDX.phone, phone) : null,
    beneficiaries_masked: JSON.stringify(
      p.beneficiaries.map((b) => ({
        name: maskName(b.name),
        relation: b.relation,
        sharePercent: b.sharePercent,
      })),
    ),
    beneficiaries_enc: p.beneficiaries.length > 0 ? crypto.encrypt(JSON.stringify(p.beneficiaries)) : null,
    plate_masked: plate ? maskPlate(plate) : null,
    plate_enc: plate ? crypto.encrypt(plate) : null,
    plate_bidx: plate ? crypto.blindIndex(BIDX.plate, plate) : null,
    source,
    created_at: now,
    updated_at: now,
  };
};
