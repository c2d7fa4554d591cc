import type { PolicyField } from './columns.ts';

type Message = { zh: string; en: string };

/**
 * Why a row of a policy file was refused, in both languages, for the per-row import report. A detail is only
 * ever a code or a word from the file that is not personal data (a peril, a branch code, a line): the report is
 * downloaded and mailed around, so it never repeats a name, an ID number, a phone or a plate.
 */
export const POLICY_ROW_ERRORS = {
  FIELD_REQUIRED: () => ({ zh: '必填项为空', en: 'required, but empty' }),
  POLICY_NO_FORMAT: () => ({
    zh: '保单号应为6至40位大写字母、数字或连字符',
    en: 'a policy number has 6 to 40 capital letters, digits or hyphens',
  }),
  BRANCH_UNKNOWN: (d) => ({ zh: `未知的机构代码 ${d}`, en: `unknown branch code ${d}` }),
  BRANCH_OUT_OF_SCOPE: (d) => ({
    zh: `机构 ${d} 不在您的管辖范围内`,
    en: `branch ${d} is outside your branch subtree`,
  }),
  TEXT_TOO_LONG: (d) => ({ zh: `超过 ${d} 个字符`, en: `longer than ${d} characters` }),
  LINE_UNKNOWN: (d) => ({
    zh: `未知的险类 ${d}(应为 财产险/非寿险 或 寿险)`,
    en: `unknown line ${d} (use nonLife or life)`,
  }),
  PERIL_UNKNOWN: (d) => ({ zh: `未知的保险责任 ${d}`, en: `unknown covered peril ${d}` }),
  DATE_FORMAT: () => ({
    zh: '日期格式应为 YYYY-MM-DD,且须为真实日期',
    en: 'a date is written YYYY-MM-DD and must exist',
  }),
  PERIOD_ORDER: () => ({ zh: '保险止期早于保险起期', en: 'the period ends before it starts' }),
  AMOUNT_FORMAT: () => ({
    zh: '金额应为以元为单位的非负数,最多两位小数',
    en: 'an amount is a non-negative number of yuan with at most 2 decimals',
  }),
  DEDUCTIBLE_EXCEEDS_SUM: () => ({
    zh: '免赔额不能大于保险金额',
    en: 'the deductible cannot exceed the sum insured',
  }),
  RATE_FORMAT: () => ({
    zh: '比例应为 0 至 100 之间的百分数,最多两位小数',
    en: 'a rate is a percentage from 0 to 100 with at most 2 decimals',
  }),
  NAME_FORMAT: () => ({
    zh: '姓名含数字、分隔符或控制字符',
    en: 'the name contains digits, separators or control characters',
  }),
  ID_NUMBER_FORMAT: () => ({ zh: '身份证号应为18位', en: 'an ID number has 18 characters' }),
  ID_NUMBER_REGION: () => ({ zh: '身份证号地区码无效', en: 'the region code of the ID number is not valid' }),
  ID_NUMBER_BIRTH_DATE: () => ({
    zh: '身份证号出生日期无效',
    en: 'the birth date in the ID number is not valid',
  }),
  ID_NUMBER_CHECK_DIGIT: () => ({ zh: '身份证号校验位不正确', en: 'the ID number check digit is wrong' }),
  PHONE_FORMAT: () => ({
    zh: '电话应为11位手机号或带区号的固定电话',
    en: 'a phone is an 11-digit mobile or a landline with its area code',
  }),
  PLATE_FORMAT: () => ({ zh: '车牌号格式不正确', en: 'not a valid plate number' }),
  PLATE_PROVINCE: () => ({ zh: '车牌省份简称无效', en: 'unknown province character on the plate' }),
  BENEFICIARY_FORMAT: () => ({
    zh: '受益人应写作 姓名|关系|比例,多人用分号分隔',
    en: 'beneficiaries are written name|relation|share, separated by semicolons',
  }),
  BENEFICIARY_RELATION: (d) => ({ zh: `未知的受益人关系 ${d}`, en: `unknown beneficiary relation ${d}` }),
  BENEFICIARY_SHARES: (d) => ({
    zh: `受益比例合计应为100%,实际为 ${d}%`,
    en: `beneficiary shares must add up to 100%, not ${d}%`,
  }),
  DUPLICATE_POLICY_NO: (d) => ({
    zh: `同一文件中保单号重复,以后出现的第 ${d} 行为准`,
    en: `policy number repeated in the file; row ${d}, the later one, wins`,
  }),
  // Whole-file reasons (row 1 is the header).
  COLUMN_MISSING: (d) => ({ zh: `缺少必需的列 ${d}`, en: `required column ${d} is missing` }),
  FILE_EMPTY: () => ({ zh: '文件中没有表头和数据', en: 'the file has no header and no rows' }),
  FILE_UNREADABLE: () => ({
    zh: '文件无法读取(不是有效的 CSV 或 .xlsx 文件,或已损坏)',
    en: 'the file cannot be read (not a valid CSV or .xlsx file, or damaged)',
  }),
  ROW_NOT_STORED: () => ({ zh: '数据库拒绝保存该行', en: 'the database refused to store this row' }),
} as const satisfies Record<string, (detail: string) => Message>;

export type PolicyRowErrorCode = keyof typeof POLICY_ROW_ERRORS;

/** One problem of one row: the field it is in, a stable code and the reason in both languages. */
export type PolicyRowError = { field: PolicyField; code: PolicyRowErrorCode } & Message;

export const rowError = (field: PolicyField, code: PolicyRowErrorCode, detail = ''): PolicyRowError => ({
  field,
  code,
  ...POLICY_ROW_ERRORS[code](detail),
});
