import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from '../identity/index.ts';
import { maskChange, validateChange } from './changes.ts';
import { DEFAULT_DOCUMENT_SETTINGS, documentSettingsProblems, documentsFor } from './documents.ts';
import { applicationForm } from './letters.ts';

const TODAY = '2026-12-07';
const id = (first17: string) => first17 + computeCheckDigit(first17);
const ALICE = id('11010119900101002');

describe('validateChange: each change type its own fields', () => {
  it('a beneficiary change: valid IDs, relation, whole shares adding up to 100', () => {
    const ok = validateChange(
      'beneficiary',
      {
        beneficiaries: [
          { name: ' 王小明 ', idNumber: ALICE.toLowerCase(), relation: '子女', sharePercent: 60 },
          { name: '王小红', idNumber: ALICE, relation: '子女', sharePercent: 40 },
        ],
      },
      TODAY,
    );
    expect(ok).toMatchObject({
      ok: true,
      value: { beneficiaries: [{ name: '王小明', idNumber: ALICE }, {}] },
    });
    const bad = validateChange(
      'beneficiary',
      { beneficiaries: [{ name: '王小明', idNumber: '110101199001010020', relation: '', sharePercent: 50 }] },
      TODAY,
    );
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual([
      'beneficiaries.0.idNumber',
      'beneficiaries.0.relation',
      'beneficiaries',
    ]);
    expect(validateChange('beneficiary', {}, TODAY)).toMatchObject({ ok: false });
  });

  it('phone and plate are checked by the identity rules and normalised', () => {
    expect(validateChange('phone', { phone: '+86 138-0013-8000' }, TODAY)).toEqual({
      ok: true,
      value: { type: 'phone', phone: '13800138000' },
    });
    expect(validateChange('phone', { phone: '12345' }, TODAY)).toMatchObject({
      ok: false,
      problems: [{ path: 'phone' }],
    });
    expect(validateChange('plate', { plate: '京a 12345' }, TODAY)).toEqual({
      ok: true,
      value: { type: 'plate', plate: '京A12345' },
    });
    expect(validateChange('plate', { plate: 'AB12345' }, TODAY)).toMatchObject({ ok: false });
  });

  it('a payment account is 12–30 digits; address and other need their words', () => {
    expect(
      validateChange(
        'paymentAccount',
        { bankName: '工商银行', accountName: '王芳', accountNo: '6222 0212 3456 7890' },
        TODAY,
      ),
    ).toMatchObject({ ok: true, value: { accountNo: '6222021234567890' } });
    expect(
      validateChange('paymentAccount', { bankName: '工', accountName: '', accountNo: '12' }, TODAY),
    ).toMatchObject({
      ok: false,
      problems: [{ path: 'bankName' }, { path: 'accountName' }, { path: 'accountNo' }],
    });
    expect(validateChange('address', { address: '北京' }, TODAY)).toMatchObject({ ok: false });
    expect(validateChange('other', { description: '更正职业' }, TODAY).ok).toBe(true);
  });

  it('never throws, whatever the fields hold; a valid change masks every personal value', () => {
    const types = fc.constantFrom(
      'beneficiary',
      'address',
      'phone',
      'plate',
      'paymentAccount',
      'other' as const,
    );
    fc.assert(
      fc.property(types, fc.dictionary(fc.string(), fc.anything()), (t, fields) => {
        const r = validateChange(t, fields, TODAY);
        if (r.ok) expect(maskChange(r.value).type).toBe(t);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (phone) => {
        const r = validateChange('phone', { phone }, TODAY);
        expect(r.ok && maskChange(r.value)).toEqual({
          type: 'phone',
          phone: `${phone.slice(0, 3)}****${phone.slice(7)}`,
        });
      }),
    );
  });
});

describe('documents to bring', () => {
  it('by product, then line, then the default; a change adds its own', () => {
    const motor = documentsFor(DEFAULT_DOCUMENT_SETTINGS, 'surrender', {
      product: '机动车商业保险',
      line: 'nonLife',
    });
    expect(motor.map((d) => d.id)).toContain('vehicleLicence');
    const life = documentsFor(DEFAULT_DOCUMENT_SETTINGS, 'surrender', { product: '终身寿险', line: 'life' });
    expect(life.map((d) => d.id)).toContain('insuredId');
    const ben = documentsFor(
      DEFAULT_DOCUMENT_SETTINGS,
      'endorsement',
      { product: 'x', line: 'nonLife' },
      'beneficiary',
    );
    expect(ben.map((d) => d.id)).toEqual([
      'applicationForm',
      'policyOriginal',
      'holderId',
      'beneficiaryId',
      'insuredConsent',
    ]);
    expect(documentSettingsProblems(DEFAULT_DOCUMENT_SETTINGS)).toEqual([]);
    expect(documentSettingsProblems({ lists: [] }).map((p) => p.path)).toEqual(['lists', 'lists']);
  });
});

describe('the application form a customer signs', () => {
  it('carries words, never codes or seed references', () => {
    const change = validateChange(
      'beneficiary',
      { beneficiaries: [{ name: '王小明', idNumber: ALICE, relation: '子女', sharePercent: 100 }] },
      TODAY,
    );
    if (!change.ok) throw new Error('fixture');
    const form = applicationForm({
      kind: 'endorsement',
      number: 'PGBJ202612070001',
      policyNo: 'PBJ2026000002',
      product: '意外伤害保险',
      policyholderName: '王芳',
      insuredName: '王芳',
      change: change.value,
      documents: ['保险单正本'],
      branchName: '北京分公司',
      day: TODAY,
    });
    const text = JSON.stringify(form);
    expect(form.title).toBe('批改申请书');
    expect(text).toContain('变更受益人');
    for (const internal of ['beneficiary', 'seed', '种子', '第六条', 'sharePercent', 'policyService'])
      expect(text).not.toContain(internal);
  });
});
