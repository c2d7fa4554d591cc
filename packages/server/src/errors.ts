import { DomainError } from '@claimline/domain/core';

type ErrorEntry = { status: number; zh: string; en: string };

/** The one table: stable code → HTTP status → messages a person understands, in Chinese and English. */
export const ERRORS = {
  VALIDATION_FAILED: {
    status: 400,
    zh: '提交的内容有误,请检查标出的字段',
    en: 'Some fields are not valid; please check them',
  },
  MALFORMED_REQUEST: { status: 400, zh: '请求格式不正确', en: 'The request is not well-formed' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '不支持的内容类型,请使用 JSON',
    en: 'Unsupported content type; send JSON',
  },
  NOT_FOUND: { status: 404, zh: '找不到请求的地址', en: 'No such address' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该请求方法', en: 'Method not allowed' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in first' },
  SESSION_EXPIRED: {
    status: 401,
    zh: '登录已超时,请重新登录',
    en: 'Your session has expired; please log in again',
  },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多,账户已暂时锁定,请稍后再试',
    en: 'Too many failed logins; the account is locked for a while',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账户已停用', en: 'This account is disabled' },
  RATE_LIMITED: {
    status: 429,
    zh: '请求过于频繁,请稍后再试',
    en: 'Too many requests; please wait and try again',
  },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限', en: 'You do not have permission to do this' },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '首次登录请先修改密码',
    en: 'Please change your password before continuing',
  },
  PASSWORD_TOO_WEAK: {
    status: 400,
    zh: '密码至少10位,且包含大写字母、小写字母、数字、符号中的三类,不能包含用户名',
    en: 'Passwords need 10+ characters from three of: upper case, lower case, digits, symbols, and must not contain the username',
  },
  PASSWORD_REUSED: {
    status: 400,
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  CASE_NOT_FOUND: { status: 404, zh: '案件不存在或不在您的权限范围内', en: 'Case not found' },
  USER_NOT_FOUND: { status: 404, zh: '用户不存在或不在您的权限范围内', en: 'User not found' },
  VERSION_CONFLICT: {
    status: 409,
    zh: '该案件已被他人修改,请刷新后重试',
    en: 'Someone else changed this case; reload and try again',
  },
  TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '当前状态下不能执行该操作',
    en: 'This action is not allowed in the current state',
  },
  NOT_CASE_OWNER: {
    status: 403,
    zh: '只有案件负责人可以执行该操作(首问负责)',
    en: 'Only the case owner may do this (first-contact ownership)',
  },
  SUPERVISOR_REQUIRED: { status: 403, zh: '该操作需要组长或以上权限', en: 'This needs a team lead or above' },
  NOTE_REQUIRED: { status: 400, zh: '请填写处理说明', en: 'Please enter a note' },
  TRANSFER_PENDING: {
    status: 409,
    zh: '案件正在移交中,请等待对方接收',
    en: 'A hand-over is pending; wait for it to be accepted or cancelled',
  },
  NO_PENDING_TRANSFER: { status: 409, zh: '该案件没有待接收的移交', en: 'There is no pending hand-over' },
  NOT_TRANSFER_TARGET: {
    status: 403,
    zh: '只有移交对象可以接收或拒绝',
    en: 'Only the intended new owner may accept or decline',
  },
  TRANSFER_TO_SELF: {
    status: 400,
    zh: '不能移交给当前负责人',
    en: 'The case already belongs to this person',
  },
  TRANSFER_TARGET_INVALID: {
    status: 400,
    zh: '移交对象不存在或不在本案件的机构范围内',
    en: 'The new owner must be an active user who can see this case',
  },
  CASE_CLOSED: { status: 409, zh: '案件已关闭', en: 'The case is closed' },
  IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    zh: '缺少 Idempotency-Key 请求头',
    en: 'The Idempotency-Key header is required',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该 Idempotency-Key 已用于另一份不同的提交',
    en: 'This Idempotency-Key was already used with a different request',
  },
  NUMBER_PATTERN_INVALID: { status: 400, zh: '编号规则无效', en: 'The numbering pattern is not valid' },
  REVEAL_REASON_REQUIRED: {
    status: 400,
    zh: '查看完整信息须填写理由',
    en: 'A reason is required to reveal personal data',
  },
  AUDIT_UNAVAILABLE: {
    status: 503,
    zh: '审计日志暂不可用,操作未执行',
    en: 'The audit log is unavailable; nothing was done',
  },
  NOT_READY: { status: 503, zh: '服务尚未就绪', en: 'The service is not ready' },
  INTERNAL: {
    status: 500,
    zh: '系统内部错误,请联系管理员',
    en: 'Internal error; please contact the administrator',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERRORS;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERRORS, code);

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const fromDomain = (e: DomainError): AppError =>
  new AppError(isErrorCode(e.code) ? e.code : 'INTERNAL', e.details);

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

export const errorBody = (code: ErrorCode, lang: 'zh' | 'en', requestId: string, details?: unknown) => {
  const entry: ErrorEntry = ERRORS[code];
  return {
    error: {
      code,
      message: lang === 'en' ? entry.en : entry.zh,
      messageZh: entry.zh,
      messageEn: entry.en,
      ...(details === undefined ? {} : { details }),
    },
    requestId,
  };
};

export const preferredLanguage = (acceptLanguage: string | undefined): 'zh' | 'en' =>
  acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh';
