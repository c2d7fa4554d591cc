/** Refusals of anti-fraud (issue #22), kept apart from errors.ts; errors.ts spreads it into ERRORS. */
export const FRAUD_ERRORS = {
  PAYEE_ACCOUNT_INVALID: {
    status: 422,
    zh: '收款账号不正确，请核对位数和校验位',
    en: 'The payee account is not valid: check its length and check digit',
  },
  FRAUD_PROVIDER_EXISTS: {
    status: 409,
    zh: '名录中已有同名的机构',
    en: 'The list already holds this name',
  },
  FRAUD_PROVIDER_NAME_EMPTY: {
    status: 422,
    zh: '请填写机构名称',
    en: 'Enter the name',
  },
  FRAUD_INVESTIGATION_NOT_FOUND: {
    status: 404,
    zh: '未找到该反欺诈调查，或不在您的数据范围内',
    en: 'No such fraud investigation in your data scope',
  },
  FRAUD_CASE_NOT_FOUND: {
    status: 404,
    zh: '未找到该理赔案件，或不在您的数据范围内',
    en: 'No such claim in your data scope',
  },
  FRAUD_NOT_MANAGER: {
    status: 403,
    zh: '只有反欺诈管理人员可以分派或审批',
    en: 'Only an anti-fraud manager may assign or approve',
  },
  FRAUD_NOT_INVESTIGATOR: {
    status: 403,
    zh: '只有分派的调查员可以进行此操作',
    en: 'Only the assigned investigator may do this',
  },
  FRAUD_SELF_APPROVAL: {
    status: 403,
    zh: '调查结论须由调查员以外的管理人员审批',
    en: 'A conclusion is approved by a manager other than the investigator',
  },
  FRAUD_ASSIGNEE_REQUIRED: { status: 400, zh: '请选择调查员', en: 'Choose an investigator' },
  FRAUD_ASSIGNEE_NOT_FOUND: {
    status: 422,
    zh: '该人员不能调查此案（须在数据范围内且有调查权限）',
    en: 'This person cannot investigate the case (scope and permission)',
  },
  FRAUD_OUTCOME_REQUIRED: {
    status: 400,
    zh: '请选择调查结论：确认欺诈、排除欺诈或无法认定',
    en: 'Choose an outcome: confirmed, cleared or inconclusive',
  },
  FRAUD_REASON_REQUIRED: { status: 400, zh: '请填写理由或记录', en: 'Give a reason or record' },
  FRAUD_MOVE_NOT_ALLOWED: {
    status: 409,
    zh: '调查当前状态下不能进行此操作',
    en: 'This step is not possible in the investigation’s current state',
  },
  FRAUD_EVIDENCE_CLOSED: {
    status: 409,
    zh: '调查已提交结论，不能再登记证据',
    en: 'The investigation is concluded: no more evidence can be added',
  },
  FRAUD_SETTINGS_INVALID: {
    status: 400,
    zh: '欺诈信号设置无效',
    en: 'Invalid fraud signal settings',
  },
  FRAUD_SETTINGS_HEAD_OFFICE_ONLY: {
    status: 403,
    zh: '欺诈信号设置只能由总公司修改',
    en: 'Only head office changes the fraud signal settings',
  },
  FRAUD_SETTINGS_VERSION_CONFLICT: {
    status: 409,
    zh: '设置已被他人修改，请重新加载后再保存',
    en: 'Someone saved the settings meanwhile: reload and save again',
  },
  FRAUD_SETTINGS_UNCHANGED: { status: 400, zh: '设置没有变化', en: 'Nothing changed' },
} as const;
