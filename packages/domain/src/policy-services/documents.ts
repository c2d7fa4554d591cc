import type { ChangeType, PolicyServiceKind } from './vocabulary.ts';

/**
 * What the customer brings for a surrender (seed 003 第五条 "提醒客户准备相关资料") or an endorsement (第六条), per
 * product: a list for a product name, else for its line (motor, property, …), else the kind's default (`*`). The
 * lists are data that head office edits (setting `policyServiceDocuments`); these are the seeded defaults.
 */
export type ServiceDocument = { id: string; zh: string; en: string };
export type DocumentList = { kind: PolicyServiceKind; product: string; items: ServiceDocument[] };
export type DocumentSettings = { lists: DocumentList[] };

const d = (id: string, zh: string, en: string): ServiceDocument => ({ id, zh, en });
const POLICY = d('policyOriginal', '保险单正本', 'Original policy');
const HOLDER_ID = d('holderId', '投保人身份证件', 'Policyholder’s ID');
const APPLICATION = d(
  'applicationForm',
  '申请书（投保人签字）',
  'Application form signed by the policyholder',
);
const RECEIPT = d('premiumReceipt', '保费发票或收据', 'Premium invoice or receipt');
const ACCOUNT = d('refundAccount', '投保人银行账户信息', 'Policyholder’s bank account details');

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  lists: [
    { kind: 'surrender', product: '*', items: [APPLICATION, POLICY, HOLDER_ID, RECEIPT, ACCOUNT] },
    {
      kind: 'surrender',
      product: '机动车商业保险',
      items: [
        APPLICATION,
        POLICY,
        HOLDER_ID,
        ACCOUNT,
        d('vehicleLicence', '机动车行驶证', 'Vehicle licence'),
        d('transferProof', '车辆过户或报废证明', 'Proof of transfer or scrapping'),
      ],
    },
    {
      kind: 'surrender',
      product: 'life',
      items: [APPLICATION, POLICY, HOLDER_ID, ACCOUNT, d('insuredId', '被保险人身份证件', 'Insured’s ID')],
    },
    { kind: 'endorsement', product: '*', items: [APPLICATION, POLICY, HOLDER_ID] },
    {
      kind: 'endorsement',
      product: '机动车商业保险',
      items: [APPLICATION, POLICY, HOLDER_ID, d('vehicleLicence', '机动车行驶证', 'Vehicle licence')],
    },
  ],
};

/** Documents a change type adds to the list (a new beneficiary's ID, the new account's proof). */
export const CHANGE_DOCUMENTS: Readonly<Partial<Record<ChangeType, ServiceDocument[]>>> = {
  beneficiary: [
    d('beneficiaryId', '新受益人身份证件', 'New beneficiary’s ID'),
    d('insuredConsent', '被保险人书面同意', 'Insured’s written consent'),
  ],
  paymentAccount: [d('accountProof', '新账户银行卡或存折复印件', 'Copy of the new bank card or passbook')],
  plate: [d('vehicleLicence', '机动车行驶证', 'Vehicle licence')],
};

/** The list for this kind and policy: by product name, then by line, then the default. Never empty. */
export const documentsFor = (
  settings: DocumentSettings,
  kind: PolicyServiceKind,
  policy: { product: string; line: string },
  change?: ChangeType,
): ServiceDocument[] => {
  const of = (product: string) => settings.lists.find((l) => l.kind === kind && l.product === product);
  const base = (of(policy.product) ?? of(policy.line) ?? of('*'))?.items ?? [APPLICATION, POLICY, HOLDER_ID];
  const extra = change ? (CHANGE_DOCUMENTS[change] ?? []) : [];
  const seen = new Set<string>();
  return [...base, ...extra].filter((i) => !seen.has(i.id) && seen.add(i.id));
};

/** Problems of an edited set, with the path of the value (the editor and the service both call this). */
export const documentSettingsProblems = (s: DocumentSettings) => {
  const out: { path: string; zh: string; en: string }[] = [];
  const keys = new Set<string>();
  s.lists.forEach((l, i) => {
    const key = `${l.kind}/${l.product}`;
    if (keys.has(key)) out.push({ path: `lists.${i}.product`, zh: '产品重复', en: 'Product listed twice' });
    keys.add(key);
    if (l.items.length === 0)
      out.push({ path: `lists.${i}.items`, zh: '至少一项材料', en: 'At least one item' });
    const ids = new Set<string>();
    l.items.forEach((item, j) => {
      if (ids.has(item.id))
        out.push({ path: `lists.${i}.items.${j}.id`, zh: '材料编号重复', en: 'Item listed twice' });
      ids.add(item.id);
    });
  });
  for (const kind of ['surrender', 'endorsement'] as const)
    if (!keys.has(`${kind}/*`))
      out.push({
        path: 'lists',
        zh: '每类业务须保留默认清单（*）',
        en: 'Each kind keeps its default list (*)',
      });
  return out;
};

export type ReceivedDocument = ServiceDocument & { received: boolean };
export const allReceived = (docs: readonly ReceivedDocument[]) => docs.every((x) => x.received);
