import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIL_CODES, PRODUCTS } from '../claims/perils.ts';
import { computeCheckDigit } from '../identity/id-number.ts';
import type { PolicyRecord } from './index.ts';
import {
  BENEFICIARY_RELATIONS,
  beijingDayOf,
  beijingMidnight,
  fieldOfHeader,
  POLICY_FIELDS,
  POLICY_ROW_ERRORS,
  type PolicyField,
  type PolicyRowContext,
  parseFields,
  parsePolicyRow,
  parseYuanToFen,
  policyRowOf,
} from './record.ts';
import { formatBpAsPercent, parsePercentToBp } from './values.ts';

const ctx: PolicyRowContext = {
  knownBranches: new Set(['HO', 'BJ', 'BJ01', 'SH', 'SH01']),
  today: '2026-11-22',
};

const id = (first17: string) => `${first17}${computeCheckDigit(first17)}`;

const chineseRow = {
  保单号: 'pbj2026000123',
  机构代码: 'bj',
  产品: '机动车商业保险',
  险类: '财产险',
  保险责任: '碰撞、火灾、爆炸;盗抢',
  保险起期: '2026年1月1日',
  保险止期: '2026/12/31',
  '保险金额（元）': '1,000,000.50',
  免赔额: '500',
  投保人: '北京某某物流有限公司',
  被保险人: ' 李明 ',
  被保险人证件号: id('11010519850315001').toLowerCase(),
  被保险人电话: '+86 138 0013 8000',
  受益人: '',
  车牌号: '京a·12345',
};

describe('policy rates (免赔率, 赔付比例)', () => {
  it('reads percentages to exact basis points, and leaves them at none / all when empty', () => {
    expect(parsePercentToBp('10')).toBe(1_000);
    expect(parsePercentToBp('12.5%')).toBe(1_250);
    expect(parsePercentToBp('８０％')).toBe(8_000);
    expect(parsePercentToBp('100')).toBe(10_000);
    expect(parsePercentToBp('0.01')).toBe(1);
    expect(parsePercentToBp('100.5')).toBeUndefined();
    expect(formatBpAsPercent(1_250)).toBe('12.5');
    expect(formatBpAsPercent(1_205)).toBe('12.05');
  });
});

describe('parsePolicyRow', () => {
  it('reads a row with Chinese headers and the ways people write each value', () => {
    const r = parsePolicyRow(chineseRow, ctx);
    expect(r).toEqual({
      ok: true,
      record: {
        policyNo: 'PBJ2026000123',
        branchCode: 'BJ',
        product: '机动车商业保险',
        line: 'nonLife',
        coveredPerils: ['collision', 'fire', 'theft'],
        periodStart: new Date('2025-12-31T16:00:00Z'),
        // "至2026年12月31日二十四时止" = 00:00 Beijing on 1 January 2027.
        periodEnd: new Date('2026-12-31T16:00:00Z'),
        sumInsuredFen: 100_000_050,
        deductibleFen: 50_000,
        deductibleRateBp: 0,
        payoutRatioBp: 10_000,
        policyholderName: '北京某某物流有限公司',
        insuredName: '李明',
        insuredIdNumber: id('11010519850315001'),
        insuredPhone: '13800138000',
        beneficiaries: [],
        plate: '京A12345',
      },
    });
  });

  it('maps Chinese and English headers, ignoring case, width, spaces and a unit in brackets', () => {
    expect(fieldOfHeader('Policy_No')).toBe('policyNo');
    expect(fieldOfHeader('\ufeff保单号')).toBe('policyNo');
    expect(fieldOfHeader('保险金额(元)')).toBe('sumInsured');
    expect(fieldOfHeader('被保险人身份证号')).toBe('insuredIdNumber');
    expect(fieldOfHeader('备注')).toBeUndefined();
    for (const f of POLICY_FIELDS) expect(fieldOfHeader(f)).toBe(f);
  });

  it('converts yuan to fen exactly (no float: 0.29 yuan is 29 fen, not 28.999…)', () => {
    expect(parseYuanToFen('0.29')).toBe(29);
    expect(parseYuanToFen('1.1')).toBe(110);
    expect(parseYuanToFen('¥500,000')).toBe(50_000_000);
    expect(parseYuanToFen('9999999999999.99')).toBe(999_999_999_999_999);
    for (const bad of ['', '-1', '1.234', '1e6', '12,34', '10000000000000', 'abc', '1.'])
      expect(parseYuanToFen(bad)).toBeUndefined();
  });

  it('covers the last day whole: a one-day policy ends at 00:00 of the next day', () => {
    const r = parseFields(
      { ...policyRowOf(sample()), periodStart: '2026-03-01', periodEnd: '2026-03-01' },
      ctx,
    );
    expect(r.ok && [r.record.periodStart, r.record.periodEnd]).toEqual([
      new Date('2026-02-28T16:00:00Z'),
      new Date('2026-03-01T16:00:00Z'),
    ]);
    const bad = parseFields(
      { ...policyRowOf(sample()), periodStart: '2026-03-02', periodEnd: '2026-03-01' },
      ctx,
    );
    expect(bad.ok ? [] : bad.errors.map((e) => [e.field, e.code])).toEqual([['periodEnd', 'PERIOD_ORDER']]);
  });

  it('reports every problem of the row at once, one per field', () => {
    const r = parsePolicyRow(
      { policyNo: 'P#1', sumInsured: '100', deductible: '200', line: 'health', insuredPhone: '12345' },
      ctx,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'policyNo:POLICY_NO_FORMAT',
      'branchCode:FIELD_REQUIRED',
      'product:FIELD_REQUIRED',
      'line:LINE_UNKNOWN',
      'coveredPerils:FIELD_REQUIRED',
      'periodStart:FIELD_REQUIRED',
      'periodEnd:FIELD_REQUIRED',
      'deductible:DEDUCTIBLE_EXCEEDS_SUM',
      'policyholderName:FIELD_REQUIRED',
      'insuredName:FIELD_REQUIRED',
      'insuredIdNumber:FIELD_REQUIRED',
      'insuredPhone:PHONE_FORMAT',
    ]);
    expect(r.errors[3]).toMatchObject({
      zh: expect.stringContaining('health'),
      en: expect.stringContaining('health'),
    });
  });

  it('takes the default branch for an empty one, and refuses branches outside the allowed subtree', () => {
    const row = { ...policyRowOf(sample()), branchCode: '' };
    const withDefault = parseFields(row, { ...ctx, defaultBranch: 'SH' });
    expect(withDefault.ok && withDefault.record.branchCode).toBe('SH');
    const scoped = parseFields(
      { ...row, branchCode: 'SH01' },
      { ...ctx, allowedBranches: new Set(['BJ', 'BJ01']) },
    );
    expect(scoped.ok ? null : scoped.errors).toEqual([
      { field: 'branchCode', code: 'BRANCH_OUT_OF_SCOPE', zh: expect.any(String), en: expect.any(String) },
    ]);
    const unknown = parseFields({ ...row, branchCode: 'GZ' }, ctx);
    expect(unknown.ok ? null : unknown.errors[0]?.code).toBe('BRANCH_UNKNOWN');
  });

  it('infers the line from a catalogue product and accepts the catalogue code for the product', () => {
    const r = parseFields({ ...policyRowOf(sample()), product: '雇主责任险', line: '' }, ctx);
    expect(r.ok ? null : r.errors.map((e) => [e.field, e.code])).toEqual([['line', 'FIELD_REQUIRED']]);
    const byCode = parseFields({ ...policyRowOf(sample()), product: 'LIFE', line: '' }, ctx);
    expect(byCode.ok && [byCode.record.product, byCode.record.line]).toEqual(['终身寿险', 'life']);
  });

  it('reads beneficiaries as name|relation|share with shares adding up to exactly 100', () => {
    const row = policyRowOf(sample());
    const ok = parseFields(
      { ...row, beneficiaries: '赵甲|配偶|33.33;赵乙|child|33.33%;赵丙|父母|33.34' },
      ctx,
    );
    expect(ok.ok && ok.record.beneficiaries).toEqual([
      { name: '赵甲', relation: 'spouse', sharePercent: 33.33 },
      { name: '赵乙', relation: 'child', sharePercent: 33.33 },
      { name: '赵丙', relation: 'parent', sharePercent: 33.34 },
    ]);
    const cases: [string, string][] = [
      ['赵甲|配偶|50;赵乙|子女|40', 'BENEFICIARY_SHARES'],
      ['赵甲|邻居|100', 'BENEFICIARY_RELATION'],
      ['赵甲|配偶', 'BENEFICIARY_FORMAT'],
      ['赵甲|配偶|0;赵乙|子女|100', 'BENEFICIARY_FORMAT'],
      ['赵2|配偶|100', 'NAME_FORMAT'],
    ];
    for (const [text, code] of cases) {
      const r = parseFields({ ...row, beneficiaries: text }, ctx);
      expect(r.ok ? null : r.errors.map((e) => [e.field, e.code]), text).toEqual([['beneficiaries', code]]);
    }
  });

  it('never repeats personal data in a reason', () => {
    const r = parseFields(
      {
        ...policyRowOf(sample()),
        insuredIdNumber: '110105198503150019',
        insuredPhone: '139',
        plate: '京I12345',
      },
      ctx,
    );
    const text = JSON.stringify(r);
    for (const secret of ['110105198503150019', '139', '京I12345']) expect(text).not.toContain(secret);
  });

  it('has both languages for every reason', () => {
    for (const [code, message] of Object.entries(POLICY_ROW_ERRORS)) {
      const m = message('X');
      expect(m.zh.length, code).toBeGreaterThan(3);
      expect(m.en.length, code).toBeGreaterThan(3);
    }
  });
});

// ---- properties ----

const sample = (): PolicyRecord => ({
  policyNo: 'PBJ2026000001',
  branchCode: 'BJ',
  product: '终身寿险',
  line: 'life',
  coveredPerils: ['death'],
  periodStart: new Date('2025-12-31T16:00:00Z'),
  periodEnd: new Date('2026-12-31T16:00:00Z'),
  sumInsuredFen: 100_000_000,
  deductibleFen: 0,
  deductibleRateBp: 0,
  payoutRatioBp: 10_000,
  policyholderName: '赵敏',
  insuredName: '赵敏',
  insuredIdNumber: id('11010219700808037'),
  insuredPhone: null,
  beneficiaries: [],
  plate: null,
});

const NAME_CHARS = [...'王李张刘陈杨黄赵吴周欧阳芳伟娜敏静磊秀英'];
const name = fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 2, maxLength: 5 }).map((a) => a.join(''));
const localDay = fc.record({
  y: fc.integer({ min: 1990, max: 2150 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
});
const SERIAL = [...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'];
const shares = fc.uniqueArray(fc.integer({ min: 1, max: 9_999 }), { maxLength: 2 }).map((cuts) => {
  const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
  return points.slice(1).map((p, i) => p - points[i]!);
});

const record: fc.Arbitrary<PolicyRecord> = fc
  .record({
    policyNo: fc.stringMatching(/^[A-Z0-9-]{6,40}$/),
    branchCode: fc.constantFrom('HO', 'BJ', 'BJ01', 'SH', 'SH01'),
    product: fc.constantFrom(...PRODUCTS.map((p) => p.zh), '团体意外伤害保险', '雇主责任险'),
    line: fc.constantFrom('nonLife' as const, 'life' as const),
    coveredPerils: fc.uniqueArray(fc.constantFrom(...PERIL_CODES), { minLength: 1, maxLength: 6 }),
    start: localDay,
    days: fc.integer({ min: 0, max: 3_650 }),
    sumInsuredFen: fc.integer({ min: 0, max: 999_999_999_999_999 }),
    deductibleShare: fc.double({ min: 0, max: 1, noNaN: true }),
    deductibleRateBp: fc.integer({ min: 0, max: 10_000 }),
    payoutRatioBp: fc.integer({ min: 0, max: 10_000 }),
    policyholderName: name,
    insuredName: name,
    idFirst17: fc
      .tuple(
        fc.constantFrom('110101', '310104', '440305', '650102'),
        fc.integer({ min: 1950, max: 2005 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(
        ([r, y, m, d, s]) =>
          `${r}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(s).padStart(3, '0')}`,
      ),
    insuredPhone: fc.option(
      fc.oneof(fc.stringMatching(/^1[3-9]\d{9}$/), fc.stringMatching(/^0(10|2\d)-[2-9]\d{7}$/)),
    ),
    beneficiaries: fc.option(
      fc.tuple(
        shares,
        fc.array(name, { minLength: 3, maxLength: 3 }),
        fc.array(
          fc.constantFrom(...(Object.keys(BENEFICIARY_RELATIONS) as (keyof typeof BENEFICIARY_RELATIONS)[])),
          { minLength: 3, maxLength: 3 },
        ),
      ),
    ),
    plate: fc.option(
      fc.tuple(
        fc.constantFrom(...'京沪粤川'),
        fc.constantFrom(...'ABCDEFG'),
        fc.array(fc.constantFrom(...SERIAL), { minLength: 5, maxLength: 5 }),
      ),
    ),
  })
  .map((g): PolicyRecord => {
    const endDay = new Date(Date.UTC(g.start.y, g.start.m - 1, g.start.d + g.days));
    return {
      policyNo: g.policyNo,
      branchCode: g.branchCode,
      product: g.product,
      line: g.line,
      coveredPerils: g.coveredPerils,
      periodStart: beijingMidnight(g.start),
      periodEnd: beijingMidnight({
        y: endDay.getUTCFullYear(),
        m: endDay.getUTCMonth() + 1,
        d: endDay.getUTCDate() + 1,
      }),
      sumInsuredFen: g.sumInsuredFen,
      deductibleFen: Math.floor(g.sumInsuredFen * g.deductibleShare),
      deductibleRateBp: g.deductibleRateBp,
      payoutRatioBp: g.payoutRatioBp,
      policyholderName: g.policyholderName,
      insuredName: g.insuredName,
      insuredIdNumber: id(g.idFirst17),
      insuredPhone: g.insuredPhone,
      beneficiaries: g.beneficiaries
        ? g.beneficiaries[0].map((h, i) => ({
            name: g.beneficiaries![1][i]!,
            relation: g.beneficiaries![2][i]!,
            sharePercent: h / 100,
          }))
        : [],
      plate: g.plate ? `${g.plate[0]}${g.plate[1]}${g.plate[2].join('')}` : null,
    };
  });

type Row = Record<PolicyField, string>;
/** One way to break each field; the row must then be refused for that field and for no other. */
const CORRUPT: Record<PolicyField, fc.Arbitrary<(row: Row) => string>> = {
  policyNo: fc.constantFrom(
    () => '',
    () => 'P#12345',
    () => 'ABC',
    () => 'X'.repeat(41),
  ),
  branchCode: fc.constantFrom(
    () => '',
    () => 'GZ',
  ),
  product: fc.constantFrom(
    () => '',
    () => '保'.repeat(101),
  ),
  line: fc.constantFrom(
    () => 'health',
    () => '健康险',
    () => 'nonlife2',
  ),
  coveredPerils: fc.constantFrom(
    () => '',
    (r: Row) => `${r.coveredPerils};meteor`,
    () => '火灾;爆炸',
  ),
  periodStart: fc.constantFrom(
    () => '',
    () => '2026-02-30',
    () => '2026-13-01',
    () => '26-1-1',
    () => 'x',
  ),
  // Generated periods start in 1990 or later, so one that ends in 1950 ends before it starts.
  periodEnd: fc.constantFrom(
    () => '2026-02-29',
    () => '1949-12-31',
    () => '1950-01-01',
  ),
  sumInsured: fc.constantFrom(
    () => '',
    () => '-5',
    () => '1.005',
    () => 'abc',
    () => '1e9',
  ),
  deductible: fc.constantFrom(
    () => '-1',
    () => 'x',
    (r: Row) => `${Number(r.sumInsured.split('.')[0]) + 1}`,
  ),
  deductibleRate: fc.constantFrom(
    () => '-1',
    () => '100.01',
    () => '12.345',
    () => 'ten',
  ),
  payoutRatio: fc.constantFrom(
    () => '101',
    () => '80%%',
    () => '-5',
  ),
  policyholderName: fc.constantFrom(
    () => '',
    () => '甲|乙',
    () => 'x'.repeat(101),
  ),
  insuredName: fc.constantFrom(
    () => '',
    () => '李1',
    () => '李;明',
  ),
  insuredIdNumber: fc.constantFrom(
    () => '',
    (r: Row) => r.insuredIdNumber.slice(0, 17) + (r.insuredIdNumber[17] === '0' ? '1' : '0'),
    (r: Row) => r.insuredIdNumber.slice(0, 17),
    (r: Row) => `99${r.insuredIdNumber.slice(2)}`,
  ),
  insuredPhone: fc.constantFrom(
    () => '12345678901',
    () => '138',
    () => 'abc',
  ),
  beneficiaries: fc.constantFrom(
    () => '甲|配偶|99',
    () => '甲|配偶',
    () => '甲|路人|100',
  ),
  plate: fc.constantFrom(
    () => 'X12345',
    () => '京I12345',
    () => '京A1234',
  ),
  sumInsuredRaisedAt: fc.constantFrom(
    () => '2026-02-30',
    () => '昨天',
  ),
};

describe('Beijing days', () => {
  it('takes the constant UTC+8 from 1992 and agrees with the time-zone database on every day (property)', () => {
    const viaTz = (day: { y: number; m: number; d: number }) =>
      new Date(new TZDate(day.y, day.m - 1, day.d, 'Asia/Shanghai').getTime());
    fc.assert(
      fc.property(localDay, (day) => {
        expect(beijingMidnight(day)).toEqual(viaTz(day));
        expect(beijingDayOf(beijingMidnight(day))).toBe(
          `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`,
        );
      }),
    );
    // 1991 kept daylight saving time: 00:00 on 1 July 1991 was 15:00 UTC, not 16:00.
    expect(beijingMidnight({ y: 1991, m: 7, d: 1 })).toEqual(new Date('1991-06-30T15:00:00Z'));
    expect(beijingDayOf(new Date('1991-06-30T15:30:00Z'))).toBe('1991-07-01');
  });
});

describe('policy row properties', () => {
  it('a valid record written as a row parses back to the same record', () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(parseFields(policyRowOf(r), ctx)).toEqual({ ok: true, record: r });
      }),
      { numRuns: 500 },
    );
  });

  it('any single corrupted field yields errors naming that field only', () => {
    const fieldAndCorruption = fc
      .constantFrom(...POLICY_FIELDS)
      .chain((field) => CORRUPT[field].map((corrupt) => [field, corrupt] as const));
    fc.assert(
      fc.property(record, fieldAndCorruption, (r, [field, corrupt]) => {
        const row = policyRowOf(r);
        const result = parseFields({ ...row, [field]: corrupt(row) }, ctx);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors.map((e) => e.field)).toEqual(result.errors.map(() => field));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('the date of the last raise of the sum insured (optional column)', () => {
  it('is read as Beijing midnight of the day, written back as the day, and refused when it is no date', () => {
    const base = policyRowOf(sample());
    const r = parseFields({ ...base, sumInsuredRaisedAt: '2026/3/5' }, ctx);
    expect(r.ok && r.record.sumInsuredRaisedAt?.toISOString()).toBe('2026-03-04T16:00:00.000Z');
    if (r.ok) expect(policyRowOf(r.record).sumInsuredRaisedAt).toBe('2026-03-05');
    const bad = parseFields({ ...base, sumInsuredRaisedAt: '2026-02-30' }, ctx);
    expect(!bad.ok && bad.errors.map((e) => e.field)).toEqual(['sumInsuredRaisedAt']);
  });
});
