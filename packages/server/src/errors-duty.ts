/**
 * Refusals of the duty roster and the shift hand-over (seed 000 第一条–第十一条), kept apart from errors.ts so each
 * capability's part of the one error table stays readable; errors.ts spreads it into ERRORS.
 */
export const DUTY_ERRORS = {
  NOT_INCOMING_AGENT: {
    status: 403,
    zh: '只有接班人员本人可以执行该操作',
    en: 'Only the incoming agent may do this',
  },
  NOT_OUTGOING_AGENT: {
    status: 403,
    zh: '只有交班人员本人可以执行该操作',
    en: 'Only the outgoing agent may do this',
  },
  PRE_SHIFT_CHECK_INCOMPLETE: {
    status: 400,
    zh: '班前准备未完成：请确认着装、胸卡和工作资料（值班制度第九条）',
    en: 'The pre-shift checklist is incomplete: uniform, badge and materials (duty rules art. 9)',
  },
  CHECK_IN_LATE: {
    status: 409,
    zh: '接班签到晚于班次开始前5分钟（值班制度第十条）',
    en: 'Checked in later than 5 minutes before the shift (duty rules art. 10)',
  },
  SHIFT_NOT_STARTED: {
    status: 409,
    zh: '班次尚未开始，暂不能上报接班人员未到岗',
    en: 'The shift has not started yet; a missing relief cannot be reported',
  },
  INCOMING_NOT_CONFIRMED: {
    status: 409,
    zh: '接班人员尚未确认交接，交班人员不得签字下班（值班制度第十一条）',
    en: 'The incoming agent has not confirmed: the outgoing agent may not sign off (duty rules art. 11)',
  },
  HANDOVER_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '交接班当前状态下不能执行该操作',
    en: 'This hand-over step is not possible in the current state',
  },
  HANDOVER_NOT_FOUND: { status: 404, zh: '交接班记录不存在', en: 'Hand-over not found' },
  HANDOVER_PEOPLE_INVALID: {
    status: 422,
    zh: '交班人和接班人须为本机构范围内两名不同的在岗人员',
    en: 'The outgoing and incoming agents must be two different active people of the branch',
  },
  HANDOVER_PLAN_PAIR_INVALID: {
    status: 422,
    zh: '所选排班不是已发布值班计划中同一岗位前后衔接的两个班次',
    en: 'The assignments are not two consecutive shifts of one post in a published duty plan',
  },
  HANDOVER_ALREADY_SCHEDULED: {
    status: 409,
    zh: '该班次的交接班已安排',
    en: 'The hand-over for this shift is already scheduled',
  },
  EQUIPMENT_FAULT_NOT_FOUND: { status: 404, zh: '设备故障记录不存在', en: 'Equipment fault not found' },
  EQUIPMENT_FAULT_STATUS_NOT_ALLOWED: {
    status: 409,
    zh: '设备故障当前状态下不能改为该状态（报修→维修中→已修复）',
    en: 'The fault cannot move to that status now (reported → repairing → fixed)',
  },
  UNKNOWN_REFERENCE: {
    status: 422,
    zh: '排班引用了不存在的人员、岗位或班次',
    en: 'The roster names an agent, post or shift that does not exist',
  },
  EMPTY_POST: {
    status: 422,
    zh: '排班出现空岗（值班制度第三条）',
    en: 'A post is empty (duty rules art. 3)',
  },
  UNDERSTAFFED_POST: {
    status: 422,
    zh: '岗位人数低于最低要求',
    en: 'A post has fewer staff than its minimum',
  },
  DOUBLE_BOOKED: { status: 422, zh: '同一人员在同一时段重复排班', en: 'Someone is booked twice at once' },
  REST_TOO_SHORT: {
    status: 422,
    zh: '两个班次之间的休息时间不足',
    en: 'The rest between two shifts is too short',
  },
  WEEKLY_HOURS_EXCEEDED: {
    status: 422,
    zh: '每周工作时间超过上限',
    en: 'Weekly working hours exceed the maximum',
  },
  MISSING_SKILL: { status: 422, zh: '人员不具备岗位所需技能', en: 'The agent lacks a skill the post needs' },
  ON_APPROVED_LEAVE: {
    status: 422,
    zh: '人员在已批准的请假期间被排班',
    en: 'The agent is rostered during approved leave',
  },
  SWAP_NOT_APPROVED: {
    status: 422,
    zh: '调班未经批准（值班制度第二条）',
    en: 'The swap has not been approved (duty rules art. 2)',
  },
  DUTY_BRANCH_NOT_FOUND: {
    status: 404,
    zh: '机构不存在或不在权限范围内',
    en: 'Branch not found or out of scope',
  },
  DUTY_POST_NOT_FOUND: { status: 404, zh: '值班岗位不存在', en: 'Duty post not found' },
  DUTY_SHIFT_NOT_FOUND: { status: 404, zh: '班次模板不存在', en: 'Shift template not found' },
  DUTY_AGENT_NOT_FOUND: {
    status: 404,
    zh: '该人员不在本机构值班名单中',
    en: 'The agent is not on this branch’s roster',
  },
  DUTY_PLAN_NOT_FOUND: { status: 404, zh: '值班计划不存在', en: 'Duty plan not found' },
  DUTY_PLAN_EXISTS: {
    status: 409,
    zh: '该月值班计划已存在',
    en: 'A duty plan for this month already exists',
  },
  DUTY_PLAN_PUBLISHED: {
    status: 409,
    zh: '值班计划已发布，只能通过请假或调班审批变更（值班制度第二条）',
    en: 'The duty plan is published: it changes only through approved leave or swaps (duty rules art. 2)',
  },
  DUTY_PLAN_HAS_VIOLATIONS: {
    status: 422,
    zh: '值班计划仍有违反排班规则之处，不能发布',
    en: 'The duty plan still breaks roster rules and cannot be published',
  },
  DUTY_DAY_OUTSIDE_PLAN: {
    status: 400,
    zh: '日期不在该计划月份内',
    en: 'The day is outside the plan’s month',
  },
  DUTY_ASSIGNMENT_NOT_FOUND: { status: 404, zh: '排班记录不存在', en: 'Assignment not found' },
  DUTY_IN_PUBLISHED_PLAN: {
    status: 409,
    zh: '已发布的值班计划正在使用该项，不能删除；请先在该月计划中调整排班（值班制度第一条）',
    en: 'A published duty plan uses this item, so it cannot be deleted; change that month’s plan first (duty rules art. 1)',
  },

  DUTY_SHIFT_CODE_EXISTS: {
    status: 409,
    zh: '本机构已有相同代码的班次模板',
    en: 'A shift template with this code already exists in the branch',
  },
  DUTY_LEAVE_NOT_FOUND: { status: 404, zh: '请假申请不存在', en: 'Leave request not found' },
  DUTY_SWAP_NOT_FOUND: { status: 404, zh: '调班申请不存在', en: 'Swap request not found' },
  DUTY_REQUEST_DECIDED: { status: 409, zh: '该申请已审批', en: 'The request has already been decided' },
  DUTY_OWN_REQUEST: {
    status: 403,
    zh: '不能审批与本人有关的请假或调班申请，请由其他管理人员审批',
    en: 'You cannot decide a leave or swap request that concerns you; another manager must decide it',
  },
  DUTY_REPLACEMENT_INVALID: {
    status: 400,
    zh: '替班人员须为本机构其他值班人员（值班制度第二条）',
    en: 'The replacement must be another agent of the branch (duty rules art. 2)',
  },
  DUTY_NOT_YOUR_SHIFT: {
    status: 403,
    zh: '只能为本人的班次申请调班',
    en: 'Only your own shift can be swapped',
  },
} as const;
