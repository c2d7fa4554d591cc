import { PRODUCTS } from '@claimline/domain/claims';
import { BUSINESS_TIME_ZONE } from '@claimline/domain/core';
import { computeCheckDigit } from '@claimline/domain/identity';
import type { PolicyRecord } from '@claimline/domain/policies';
import { TZDate } from '@date-fns/tz';
import type { Deps } from '../http/context.ts';
import { upsertPolicies } from '../policies/repository.ts';
import { sealPolicy } from '../policies/seal.ts';

/** Deterministic PRNG so every fresh demo holds the same policies (mulberry32). */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '欧阳',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '桂兰',
];
const REGIONS: Record<string, string[]> = {
  BJ: ['110101', '110102', '110105', '110108'],
  SH: ['310101', '310104', '310115', '310112'],
};
const PLATE_PREFIX: Record<string, string> = { BJ: '京', SH: '沪' };
const SERIAL = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** 00:00 Beijing time of a local day, as an instant. */
export const localMidnight = (y: number, m: number, d: number) =>
  new Date(new TZDate(y, m - 1, d, BUSINESS_TIME_ZONE).getTime());

export const idNumberOf = (region: string, birth: string, seq: number) => {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return `${first17}${computeCheckDigit(first17)}`;
};

/**
 * The named demo policies README and the E2E tests use: a motor policy in force, two insured persons called 王芳
 * (the same-name rule of seed 003), and a life policy whose sum insured is over 500,000 CNY (seed 003 重大案件 2).
 */
export const namedDemoPolicies = (now: Date): PolicyRecord[] => {
  const local = new TZDate(now.getTime(), BUSINESS_TIME_ZONE);
  const y = local.getFullYear();
  const start = localMidnight(y, 1, 1);
  const end = localMidnight(y + 1, 1, 1);
  const base = {
    periodStart: start,
    periodEnd: end,
    deductibleFen: 0,
    deductibleRateBp: 0,
    payoutRatioBp: 10_000,
    beneficiaries: [],
  };
  return [
    {
      ...base,
      policyNo: `PBJ${y}000001`,
      branchCode: 'BJ',
      product: '机动车商业保险',
      line: 'nonLife',
      coveredPerils: [...PRODUCTS[0]!.perils],
      sumInsuredFen: 300_000_00,
      deductibleFen: 500_00,
      policyholderName: '李明',
      insuredName: '李明',
      insuredIdNumber: idNumberOf('110105', '19850315', 12),
      insuredPhone: '13800138000',
      plate: '京A12345',
    },
    {
      ...base,
      policyNo: `PBJ${y}000002`,
      branchCode: 'BJ',
      product: '意外伤害保险',
      line: 'nonLife',
      coveredPerils: ['accidentalInjury', 'accidentalDeath', 'disability'],
      sumInsuredFen: 500_000_00,
      policyholderName: '王芳',
      insuredName: '王芳',
      insuredIdNumber: idNumberOf('110101', '19900101', 24),
      insuredPhone: '13912345678',
      plate: null,
    },
    {
      ...base,
      policyNo: `PBJ${y}000003`,
      branchCode: 'BJ01',
      product: '住院医疗保险',
      line: 'nonLife',
      coveredPerils: ['illness', 'hospitalization', 'accidentalInjury'],
      sumInsuredFen: 200_000_00,
      policyholderName: '王芳',
      insuredName: '王芳',
      insuredIdNumber: idNumberOf('110108', '19780620', 46),
      insuredPhone: '13698765432',
      plate: null,
    },
    {
      ...base,
      policyNo: `PBJ${y}000004`,
      branchCode: 'BJ',
      product: '终身寿险',
      line: 'life',
      coveredPerils: ['death', 'accidentalDeath', 'disability'],
      sumInsuredFen: 1_000_000_00,
      policyholderName: '赵敏',
      insuredName: '赵敏',
      insuredIdNumber: idNumberOf('110102', '19700808', 37),
      insuredPhone: '13511112222',
      plate: null,
      beneficiaries: [{ name: '赵小敏', relation: 'child', sharePercent: 100 }],
    },
  ];
};

/** `count` generated policies spread over the four branches, with names that repeat as real names do. */
export function* generatedDemoPolicies(now: Date, count: number): Generator<PolicyRecord> {
  const rand = prng(20261201);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const branches = ['BJ', 'BJ01', 'SH', 'SH01'];
  const y = new TZDate(now.getTime(), BUSINESS_TIME_ZONE).getFullYear();
  for (let i = 0; i < count; i++) {
    const branchCode = pick(branches);
    const city = branchCode.slice(0, 2);
    const product = pick(PRODUCTS);
    const name = `${pick(SURNAMES)}${pick(GIVEN)}`;
    const birth = `${1950 + Math.floor(rand() * 55)}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const startOffset = Math.floor(rand() * 420) - 390;
    const startLocal = new TZDate(now.getTime() + startOffset * 86_400_000, BUSINESS_TIME_ZONE);
    const periodStart = localMidnight(
      startLocal.getFullYear(),
      startLocal.getMonth() + 1,
      startLocal.getDate(),
    );
    const periodEnd = localMidnight(
      startLocal.getFullYear() + 1,
      startLocal.getMonth() + 1,
      startLocal.getDate(),
    );
    const plate = product.motor
      ? `${PLATE_PREFIX[city]}${pick(['A', 'B', 'C', 'E', 'F', 'N', 'Q'])}${Array.from({ length: 5 }, () => pick([...SERIAL])).join('')}`
      : null;
    yield {
      policyNo: `P${branchCode}${y}${String(100_000 + i).padStart(6, '0')}`,
      branchCode,
      product: product.zh,
      line: product.line,
      coveredPerils: [...product.perils],
      periodStart,
      periodEnd,
      sumInsuredFen: (10 + Math.floor(rand() * 150)) * 10_000_00,
      deductibleFen: product.motor ? 500_00 : 0,
      // Setting (demo data): motor policies deduct 10 % or the fixed 500 yuan, whichever is higher; others none.
      deductibleRateBp: product.motor ? 1_000 : 0,
      payoutRatioBp: 10_000,
      policyholderName: name,
      insuredName: name,
      insuredIdNumber: idNumberOf(pick(REGIONS[city]!), birth, Math.floor(rand() * 1000)),
      insuredPhone: `1${pick(['3', '5', '7', '8', '9'])}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
      beneficiaries:
        product.line === 'life' ? [{ name: `${name}之子`, relation: 'child', sharePercent: 100 }] : [],
      plate,
    };
  }
}

/** Seeds the demo policies once (10,000 by default, PRODUCT.md demo data), in batches of 1,000 rows. */
export const seedDemoPolicies = async (deps: Deps, count = 10_000) => {
  const existing = await deps.db.selectFrom('policies').select('id').limit(1).execute();
  if (existing.length > 0) return 0;
  const now = deps.clock.now();
  const branches = new Map(
    (await deps.db.selectFrom('branches').select(['id', 'code']).execute()).map((b) => [b.code, b.id]),
  );
  let total = 0;
  let batch: ReturnType<typeof sealPolicy>[] = [];
  const flush = async () => {
    total += (await upsertPolicies(deps.db, batch)).inserted;
    batch = [];
  };
  for (const p of [...namedDemoPolicies(now), ...generatedDemoPolicies(now, count - 4)]) {
    const branchId = branches.get(p.branchCode);
    if (!branchId) continue;
    batch.push(sealPolicy(deps.crypto, p, branchId, 'demo', now));
    if (batch.length >= 1000) await flush();
  }
  await flush();
  return total;
};
