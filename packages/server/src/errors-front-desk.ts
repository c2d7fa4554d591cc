/**
 * Refusals of the walk-in counter (issue #15 part 1, seed 004 §二), kept apart from errors.ts so each capability's
 * part of the one error table stays readable; errors.ts spreads it into ERRORS.
 */
export const FRONT_DESK_ERRORS = {
  VISIT_NOT_FOUND: { status: 404, zh: '未找到该来访登记', en: 'No such visit' },
  VISIT_STAGE_ORDER: {
    status: 409,
    zh: '接待环节须按顺序办理，不能跳过或重复',
    en: 'The reception stages go in order: none can be skipped or repeated',
  },
  VISIT_NOT_COUNTER_STAFF: {
    status: 403,
    zh: '只有本机构的前台接待人员可以办理',
    en: 'Only counter staff of this branch can do this',
  },
  VISIT_INFO_REQUIRED: {
    status: 400,
    zh: '请填写来访事由和情况摘要',
    en: 'Give the purpose of the visit and a summary',
  },
  VISIT_IDENTITY_REQUIRED: {
    status: 400,
    zh: '请核对证件并填写有效的身份证号',
    en: 'Check the document and enter a valid ID number',
  },
  VISIT_ASSESSMENT_REQUIRED: { status: 400, zh: '请填写初步评估意见', en: 'Give the preliminary assessment' },
  VISIT_EXPLANATION_REQUIRED: {
    status: 400,
    zh: '请就理赔政策、流程和所需时间各选择至少一条解释说明',
    en: 'Choose at least one explanation each for the policy, the process and the expected time',
  },
  VISIT_CHECKLIST_INCOMPLETE: {
    status: 400,
    zh: '请逐项标记材料为“已收到”或“需补交”',
    en: 'Mark every document as received or to bring',
  },
  VISIT_FOLLOW_UP_REQUIRED: { status: 400, zh: '请填写跟进安排', en: 'Say how the visit is followed up' },
  VISIT_SATISFACTION_REQUIRED: {
    status: 400,
    zh: '请记录客户满意度（1–5）',
    en: 'Record the customer’s satisfaction (1–5)',
  },
  VISIT_CASE_NOT_FOUND: {
    status: 400,
    zh: '未找到要关联的案件，或不在您的数据范围内',
    en: 'No such case to link in your data scope',
  },
  VISIT_EXPLANATION_NOT_FOUND: { status: 404, zh: '未找到该解释说明文本', en: 'No such explanation text' },
  VISIT_BRANCH_NOT_COUNTER: {
    status: 400,
    zh: '来访登记须在您所属的机构办理',
    en: 'A walk-in is registered at your own branch',
  },
} as const;
