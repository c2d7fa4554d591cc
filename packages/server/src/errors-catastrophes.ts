/**
 * Refusals of typhoon mode (issue #19 part 5): catastrophe events and their shortened reports; errors.ts spreads
 * this into the one error table.
 */
export const CATASTROPHE_ERRORS = {
  CATASTROPHE_NOT_FOUND: { status: 404, zh: '巨灾事件不存在', en: 'Catastrophe event not found' },
  CATASTROPHE_HEAD_OFFICE_ONLY: {
    status: 403,
    zh: '巨灾事件只能由总公司宣布、启动和结束',
    en: 'Only head office declares, activates and closes catastrophe events',
  },
  CATASTROPHE_NOTE_REQUIRED: { status: 400, zh: '请填写说明', en: 'Please give a note' },
  CATASTROPHE_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '巨灾事件当前状态下不能执行该操作',
    en: 'This is not possible in the event’s current state',
  },
  CATASTROPHE_CODE_TAKEN: { status: 409, zh: '事件编码已存在', en: 'This event code is already used' },
  CATASTROPHE_AREA_UNKNOWN: {
    status: 400,
    zh: '影响区域中有不存在的机构',
    en: 'The area names a branch that does not exist',
  },
  CATASTROPHE_PERIOD_INVALID: {
    status: 400,
    zh: '结束时间须晚于开始时间',
    en: 'The end must be after the start',
  },
  CATASTROPHE_VERSION_CONFLICT: {
    status: 409,
    zh: '该事件已被他人更新，请刷新后重试',
    en: 'Someone else changed this event; reload and try again',
  },
  CATASTROPHE_NOT_IN_FORCE: {
    status: 409,
    zh: '该巨灾事件未在您所在机构生效，请使用常规报案',
    en: 'This catastrophe event is not in force for your branch: use the ordinary report form',
  },
  CATASTROPHE_REPORT_NOT_FOUND: { status: 404, zh: '简易报案不存在', en: 'Short report not found' },
  CATASTROPHE_FULL_REPORT_NOT_FOUND: {
    status: 404,
    zh: '未找到该报案号的完整报案',
    en: 'No full claim report with this number',
  },
  CATASTROPHE_REPORT_COMPLETED: {
    status: 409,
    zh: '该简易报案已补全',
    en: 'This short report is already completed',
  },
} as const;
