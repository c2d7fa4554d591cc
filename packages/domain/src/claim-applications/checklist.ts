import type { Label } from '../workflow/index.ts';
import { type ApplicantRelation, CLAIM_TYPES, type ClaimType } from './vocabulary.ts';

/** The seven lists of seed 003 §(四) 2 "齐全的理赔材料应包括". */
export const DOCUMENT_LISTS = [
  'basic',
  'accident',
  'death',
  'disability',
  'burn',
  'medical',
  'repair',
] as const;
export type DocumentList = (typeof DOCUMENT_LISTS)[number];

export type ChecklistItem = {
  id: string;
  list: DocumentList;
  label: Label;
  /** Only an original counts (receipts, the policy itself); a copy leaves the item missing. */
  originalRequired: boolean;
  /** Asked for only when someone other than the insured applies (the beneficiary's ID). */
  onlyIfApplicantNotInsured: boolean;
  /** Knowledge articles that explain the item, by id (issue #20; knowledge/links.ts); an application keeps them. */
  articleIds?: string[];
};

export type ChecklistSettings = {
  lists: { readonly [K in DocumentList]: { label: Label; items: ChecklistItem[] } };
  /** Which lists a claim type needs: data, edited by head office with the items. */
  byClaimType: { readonly [K in ClaimType]: DocumentList[] };
};

const item = (
  list: DocumentList,
  id: string,
  zh: string,
  en: string,
  originalRequired = false,
  onlyIfApplicantNotInsured = false,
): ChecklistItem => ({ id, list, label: { zh, en }, originalRequired, onlyIfApplicantNotInsured });

/** Seed 003 §(四) 2, items 1)–7), word for word where the seed names them. */
export const DEFAULT_CHECKLISTS: ChecklistSettings = {
  lists: {
    basic: {
      label: { zh: '基本资料', en: 'Basic documents' },
      items: [
        item('basic', 'policyOriginal', '保险单正本', 'Policy (original)', true),
        item('basic', 'premiumReceipt', '保费收据', 'Premium receipt'),
        item('basic', 'insuredId', '被保险人身份证件', 'ID of the insured'),
        item('basic', 'beneficiaryId', '受益人身份证件', 'ID of the beneficiary', false, true),
        item('basic', 'claimForm', '理赔申请书', 'Claim form', true),
      ],
    },
    accident: {
      label: { zh: '事故证明材料', en: 'Accident proof' },
      items: [item('accident', 'accidentProof', '事故证明', 'Proof of the accident')],
    },
    death: {
      label: { zh: '身故证明', en: 'Death certificate' },
      items: [
        item(
          'death',
          'deathCertificate',
          '医院出具的死亡医学证明或公安机关出具的死亡证明',
          'Medical death certificate (hospital) or death certificate (police)',
          true,
        ),
      ],
    },
    disability: {
      label: { zh: '残疾证明', en: 'Disability assessment' },
      items: [item('disability', 'disabilityAssessment', '残疾证明', 'Disability assessment', true)],
    },
    burn: {
      label: { zh: '烧烫伤证明', en: 'Burn assessment' },
      items: [item('burn', 'burnAssessment', '烧烫伤证明', 'Burn assessment', true)],
    },
    medical: {
      label: { zh: '医疗证明', en: 'Medical documents' },
      items: [
        item('medical', 'outpatientRecords', '门急诊病史', 'Outpatient and emergency records'),
        item('medical', 'testResults', '检（化）验资料', 'Test results'),
        item('medical', 'outpatientReceipts', '门急诊收据原件', 'Outpatient receipts (original)', true),
        item('medical', 'inpatientReceipts', '住院收据原件', 'Inpatient receipts (original)', true),
        item('medical', 'pathologyReport', '病理报告', 'Pathology report'),
      ],
    },
    repair: {
      label: { zh: '维修、物损发票', en: 'Repair and property-loss invoices' },
      items: [
        item('repair', 'repairInvoices', '维修发票', 'Repair invoices', true),
        item('repair', 'propertyLossInvoices', '物损发票', 'Property-loss invoices', true),
      ],
    },
  },
  // Setting: the seed lists the documents, not which claim needs which; these follow the kind of proof each needs.
  byClaimType: {
    medical: ['basic', 'medical'],
    accidentInjury: ['basic', 'accident', 'medical'],
    disability: ['basic', 'accident', 'disability'],
    death: ['basic', 'death'],
    accidentalDeath: ['basic', 'accident', 'death'],
    burn: ['basic', 'accident', 'burn', 'medical'],
    propertyDamage: ['basic', 'accident', 'repair'],
    motorDamage: ['basic', 'accident', 'repair'],
  },
};

export type DocumentForm = 'original' | 'copy';

/** One item on an application: the checklist item as it was at registration and what the desk recorded. */
export type ApplicationDocument = ChecklistItem & {
  received: boolean;
  form: DocumentForm | null;
  verified: boolean;
  returned: boolean;
};

/** The items an application of this type needs, for this applicant, as unrecorded rows. */
export const documentsFor = (
  settings: ChecklistSettings,
  claimType: ClaimType,
  relation: ApplicantRelation,
): ApplicationDocument[] =>
  settings.byClaimType[claimType]
    .flatMap((list) => settings.lists[list].items)
    .filter((i) => relation !== 'insured' || !i.onlyIfApplicantNotInsured)
    .map((i) => ({ ...i, received: false, form: null, verified: false, returned: false }));

/** An item counts once received and verified, as an original where only an original will do. */
export const satisfied = (d: ApplicationDocument): boolean =>
  d.received && d.verified && (!d.originalRequired || d.form === 'original');

export const missingDocuments = (docs: readonly ApplicationDocument[]) => docs.filter((d) => !satisfied(d));

/** Seed 003 §(四) 2: "理赔材料不齐全这应要求被保险人补齐以后才能受理" — only a complete set is accepted. */
export const isComplete = (docs: readonly ApplicationDocument[]) =>
  docs.length > 0 && missingDocuments(docs).length === 0;

export type ChecklistProblem = { path: string; zh: string; en: string };

/** What a saved checklist must hold: every claim type some list, every list known, item ids unique. */
export const checklistProblems = (s: ChecklistSettings): ChecklistProblem[] => {
  const problems: ChecklistProblem[] = [];
  const seen = new Set<string>();
  for (const list of DOCUMENT_LISTS)
    s.lists[list].items.forEach((i, n) => {
      if (seen.has(i.id))
        problems.push({ path: `lists.${list}.items.${n}.id`, zh: '材料编号重复', en: 'Duplicate item id' });
      seen.add(i.id);
      if (i.list !== list)
        problems.push({ path: `lists.${list}.items.${n}.list`, zh: '材料所属清单不符', en: 'Wrong list' });
    });
  for (const type of CLAIM_TYPES)
    if (s.byClaimType[type].length === 0 || !s.byClaimType[type].includes('basic'))
      problems.push({
        path: `byClaimType.${type}`,
        zh: '每种索赔都须包含基本资料',
        en: 'Every claim type needs the basic documents',
      });
  return problems;
};

export type ChecklistChange = { path: string; before: unknown; after: unknown };

/** Every changed value, for the audit row that is the checklists' history. */
export const diffChecklists = (a: ChecklistSettings, b: ChecklistSettings): ChecklistChange[] => {
  const changes: ChecklistChange[] = [];
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  for (const list of DOCUMENT_LISTS) {
    if (!same(a.lists[list].label, b.lists[list].label))
      changes.push({ path: `lists.${list}.label`, before: a.lists[list].label, after: b.lists[list].label });
    const before = new Map(a.lists[list].items.map((i) => [i.id, i]));
    const after = new Map(b.lists[list].items.map((i) => [i.id, i]));
    for (const id of new Set([...before.keys(), ...after.keys()]))
      if (!same(before.get(id), after.get(id)))
        changes.push({
          path: `lists.${list}.items.${id}`,
          before: before.get(id) ?? null,
          after: after.get(id) ?? null,
        });
    // The order is what the desk and the notice show: a reorder of the items both lists keep is a change too.
    const kept = (xs: string[], other: Map<string, unknown>) => xs.filter((id) => other.has(id));
    const orderBefore = kept([...before.keys()], after);
    const orderAfter = kept([...after.keys()], before);
    if (!same(orderBefore, orderAfter))
      changes.push({ path: `lists.${list}.order`, before: orderBefore, after: orderAfter });
  }
  for (const type of CLAIM_TYPES)
    if (!same(a.byClaimType[type], b.byClaimType[type]))
      changes.push({ path: `byClaimType.${type}`, before: a.byClaimType[type], after: b.byClaimType[type] });
  return changes;
};
