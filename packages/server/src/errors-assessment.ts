/**
 * Refusals of assessment and training (issue #17 parts 4–5, seed 002 §四–§五), kept apart from errors.ts;
 * errors.ts spreads it into ERRORS.
 */
export const ASSESSMENT_ERRORS = {
  ASSESSMENT_NOT_FOUND: {
    status: 404,
    zh: '未找到该考核，或不在您的数据范围内',
    en: 'No such assessment in your data scope',
  },
  ASSESSMENT_EXISTS: {
    status: 409,
    zh: '该人员本期考核已存在',
    en: 'This agent already has an assessment for the period',
  },
  ASSESSMENT_NOT_AGENT: {
    status: 403,
    zh: '只有被考核人本人可以进行此操作',
    en: 'Only the assessed agent may do this',
  },
  ASSESSMENT_NOT_REVIEWER: {
    status: 403,
    zh: '只有被考核人所在机构的组长可以评价（不能评价自己）',
    en: "Only a team lead of the agent's branch may review (never their own)",
  },
  ASSESSMENT_NOT_SUPERVISOR: {
    status: 403,
    zh: '只有被考核人所在机构的主管可以审定（不能审定自己）',
    en: "Only a supervisor over the agent's branch may sign off (never their own)",
  },
  ASSESSMENT_SELF_INCOMPLETE: {
    status: 400,
    zh: '请填写优点、不足和改进计划',
    en: 'Fill in strengths, weaknesses and an improvement plan',
  },
  ASSESSMENT_QUALITATIVE_INCOMPLETE: {
    status: 400,
    zh: '请为每个定性项目评分（0–5 分）',
    en: 'Score every qualitative item (0–5)',
  },
  ASSESSMENT_APPEAL_CLOSED: { status: 409, zh: '申诉期已过', en: 'The appeal period has ended' },
  ASSESSMENT_REASON_REQUIRED: { status: 400, zh: '请填写原因', en: 'Give a reason' },
  ASSESSMENT_MOVE_NOT_ALLOWED: {
    status: 409,
    zh: '考核当前状态下不能进行此操作',
    en: 'This step is not possible in the assessment’s current state',
  },
  ASSESSMENT_TEMPLATE_INVALID: {
    status: 400,
    zh: '考核模板无效：权重合计须为 100，项目不得重复',
    en: 'Invalid template: weights must add up to 100 and items may not repeat',
  },
  ASSESSMENT_TEMPLATE_NOT_FOUND: { status: 404, zh: '未找到考核模板', en: 'No such assessment template' },
  ASSESSMENT_AGENT_NOT_FOUND: {
    status: 404,
    zh: '未找到该坐席，或不在您的数据范围内',
    en: 'No such agent in your data scope',
  },
  // The roster's violation code (duty/roster-rules.ts), answered like the other roster breaches.
  TRAINING_MISSING: {
    status: 422,
    zh: '新坐席未完成上岗必修培训，不能排入专线坐席',
    en: 'A new agent without the required training cannot take a hotline seat',
  },
  TRAINING_SESSION_NOT_FOUND: { status: 404, zh: '未找到该培训课程', en: 'No such training session' },
  TRAINING_TOPIC_UNKNOWN: { status: 400, zh: '未知的培训内容', en: 'Unknown training topic' },
  TRAINING_USER_NOT_FOUND: {
    status: 404,
    zh: '学员不存在或不在您的数据范围内',
    en: 'A trainee is unknown or outside your data scope',
  },
} as const;
