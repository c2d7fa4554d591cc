import { sql } from 'kysely';
import { providerKey } from '../crypto/claim-keys.ts';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import type { Tx } from '../db/database.ts';

/** A claim's sources: which column named what, in the order a claim's person is chosen (the insured first). */
export const LINK_SOURCES = [
  'insuredId',
  'applicantId',
  'reporterPhone',
  'insuredPhone',
  'applicantPhone',
  'plate',
  'reporterAddress',
  'hospital',
  'repairShop',
  'payeeAccount',
] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

/**
 * Copies the blind indexes the claims already keep into claim_links (for the given claim cases, or all with null).
 * Only keyed hashes and masked labels are copied; a link already there is kept. A claim application joins its
 * report's node; without a report it is its own node and brings its policy's insured and plate.
 */
export const copyIndexedLinks = async (tx: Tx, caseIds: string[] | null) => {
  await sql`INSERT INTO claim_links (claim_id, source_case_id, source, kind, key, label_masked, branch_id)
    SELECT r.case_id, r.case_id, v.source, v.kind, v.key, v.label, c.branch_id
      FROM claim_reports r JOIN cases c ON c.id = r.case_id JOIN policies p ON p.id = r.policy_id
     CROSS JOIN LATERAL (VALUES
       ('insuredId', 'person', p.insured_id_bidx, p.insured_id_masked),
       ('reporterPhone', 'phone', r.reporter_phone_bidx, r.reporter_phone_masked),
       ('insuredPhone', 'phone', p.insured_phone_bidx, p.insured_phone_masked),
       ('plate', 'plate', p.plate_bidx, p.plate_masked),
       -- A hospital or repair shop is an institution, not personal data: its name (as typed) is its label.
       ('hospital', 'hospital', r.hospital_key, left(r.hospital, 60)),
       ('repairShop', 'repairShop', r.repair_shop_key, left(r.repair_shop, 60))) v(source, kind, key, label)
     WHERE v.key IS NOT NULL AND (${caseIds}::uuid[] IS NULL OR r.case_id = ANY(${caseIds}::uuid[]))
    ON CONFLICT DO NOTHING`.execute(tx);
  await sql`INSERT INTO claim_links (claim_id, source_case_id, source, kind, key, label_masked, branch_id)
    SELECT n.id, a.case_id, v.source, v.kind, v.key, v.label, n.branch_id
      FROM claim_applications a JOIN cases n ON n.id = coalesce(a.report_case_id, a.case_id)
      JOIN policies p ON p.id = a.policy_id
     CROSS JOIN LATERAL (VALUES
       ('applicantId', 'person', a.applicant_id_bidx, a.applicant_id_masked),
       ('applicantPhone', 'phone', a.applicant_phone_bidx, a.applicant_phone_masked),
       ('payeeAccount', 'payee', a.payee_account_bidx, a.payee_account_masked),
       ('insuredId', 'person', CASE WHEN a.report_case_id IS NULL THEN p.insured_id_bidx END, p.insured_id_masked),
       ('plate', 'plate', CASE WHEN a.report_case_id IS NULL THEN p.plate_bidx END, p.plate_masked)
     ) v(source, kind, key, label)
     WHERE v.key IS NOT NULL
       AND (${caseIds}::uuid[] IS NULL OR a.case_id = ANY(${caseIds}::uuid[]) OR a.report_case_id = ANY(${caseIds}::uuid[]))
    ON CONFLICT DO NOTHING`.execute(tx);
};

/** Free text typed differently ("北京市 朝阳区", "北京市朝阳区") must give one hash. */
export const normalizeFreeKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A masked label for an address: its first six characters (the district), never the street or number. */
const maskAddressLabel = (text: string) => {
  const chars = [...text.normalize('NFKC').replace(/\s+/g, '')];
  return `${chars.slice(0, 6).join('')}${chars.length > 6 ? '****' : ''}`;
};

/**
 * The link only intake can make: the reporter's address is kept sealed with no blind index of this kind, so its
 * keyed hash is computed here from what was typed, and only the hash is stored. (Providers are keyed at intake on
 * the report itself and copied with the other indexes.)
 */
export const linkTypedAtIntake = async (
  tx: Tx,
  crypto: FieldCrypto,
  claim: { caseId: string; branchId: string; address?: string | null },
) => {
  const rows: { source: LinkSource; kind: string; key: string; label: string }[] = [];
  if (claim.address?.trim())
    rows.push({
      source: 'reporterAddress',
      kind: 'address',
      key: crypto.blindIndex('address', normalizeFreeKey(claim.address)),
      label: maskAddressLabel(claim.address),
    });
  for (const r of rows)
    await sql`INSERT INTO claim_links (claim_id, source_case_id, source, kind, key, label_masked, branch_id)
      VALUES (${claim.caseId}, ${claim.caseId}, ${r.source}, ${r.kind}, ${r.key}, ${r.label}, ${claim.branchId})
      ON CONFLICT DO NOTHING`.execute(tx);
};

/**
 * Reports registered before providers were keyed at intake (0053) have the names but no keys: a full rebuild keys
 * them first, so old and new reports of one hospital or repair shop meet. Names of institutions (and the doctor's,
 * typed as an intake fact) are read here only, never by scoring.
 */
export const keyUnkeyedProviders = async (tx: Tx, crypto: FieldCrypto) => {
  const rows = await tx
    .selectFrom('claim_reports')
    .select(['case_id', 'hospital', 'repair_shop', 'doctor'])
    .where((eb) =>
      eb.or([
        eb.and([eb('hospital', 'is not', null), eb('hospital_key', 'is', null)]),
        eb.and([eb('repair_shop', 'is not', null), eb('repair_shop_key', 'is', null)]),
        eb.and([eb('doctor', 'is not', null), eb('doctor_key', 'is', null)]),
      ]),
    )
    .execute();
  for (const r of rows)
    await tx
      .updateTable('claim_reports')
      .set({
        hospital_key: providerKey(crypto, 'hospital', r.hospital),
        repair_shop_key: providerKey(crypto, 'repairShop', r.repair_shop),
        doctor_key: providerKey(crypto, 'doctor', r.doctor),
      })
      .where('case_id', '=', r.case_id)
      .execute();
  return rows.length;
};
