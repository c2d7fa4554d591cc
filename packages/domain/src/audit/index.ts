import type { Label } from '../core/index.ts';

/**
 * Every action the server writes to the audit log, with its words. The server's AuditEntry takes only these, so
 * a new action does not compile until it is named here, and the audit page never shows a code.
 */
export const AUDIT_ACTIONS = {
  'auth.login': { zh: '登录', en: 'Sign-in' },
  'auth.logout': { zh: '退出登录', en: 'Sign-out' },
  'auth.passwordChanged': { zh: '修改密码', en: 'Password changed' },
  'personal.reveal': { zh: '查看完整个人信息', en: 'Personal data revealed' },
  // Cases and their hand-over (C1)
  'case.create': { zh: '新建案件', en: 'Case created' },
  'case.answer': { zh: '答复案件', en: 'Case answered' },
  'case.start': { zh: '开始处理案件', en: 'Case started' },
  'case.resolve': { zh: '解决案件', en: 'Case resolved' },
  'case.close': { zh: '关闭案件', en: 'Case closed' },
  'case.reopen': { zh: '重新打开案件', en: 'Case reopened' },
  'case.note': { zh: '添加备注', en: 'Note added' },
  'case.transferRequested': { zh: '发起转交', en: 'Transfer requested' },
  'case.transferAccepted': { zh: '接收转交', en: 'Transfer accepted' },
  'case.transferDeclined': { zh: '拒绝转交', en: 'Transfer declined' },
  'case.transferCancelled': { zh: '撤回转交', en: 'Transfer cancelled' },
  // Deadlines (C7)
  'deadline.breach': { zh: '时效超时', en: 'Deadline missed' },
  'deadline.escalate': { zh: '时效升级', en: 'Deadline escalated' },
  'calendar.day.set': { zh: '修改日历日', en: 'Calendar day set' },
  'calendar.import': { zh: '导入放假通知', en: 'Holiday notice imported' },
  // Claim reports (C2, C3)
  'claimReport.register': { zh: '报案登记', en: 'Claim report registered' },
  'claimReport.majorFacts': { zh: '更新重大案件情况', en: 'Major-case facts updated' },
  'claimReport.majorReport': { zh: '重大案件呈报总公司', en: 'Major case reported to head office' },
  'claimReport.notice': { zh: '出具不予受理通知', en: 'Refusal notice given' },
  'claimReport.noticeLetter': { zh: '生成不予受理通知书', en: 'Refusal notice letter produced' },
  'claimRules.save': { zh: '保存报案规则', en: 'Claim rules saved' },
  // Claim applications (issue #14): one action per move of the claim application table, and the desk's traces
  'claimApplication.register': { zh: '受理索赔申请', en: 'Claim application registered' },
  'claimApplication.recordDocuments': { zh: '登记理赔材料', en: 'Claim documents recorded' },
  'claimApplication.sendMissingNotice': { zh: '一次性告知补充材料', en: 'Missing-documents notice given' },
  'claimApplication.markComplete': { zh: '确认理赔材料齐全', en: 'Claim documents complete' },
  'claimApplication.handOver': { zh: '理赔材料移交保险公司', en: 'Claim materials handed over' },
  'claimApplication.confirmReceipt': { zh: '登记保险公司签收', en: 'Insurer’s receipt confirmed' },
  'claimApplication.startInvestigation': { zh: '开始理赔调查', en: 'Claim investigation started' },
  'claimApplication.recordAssessment': { zh: '登记损失核定', en: 'Claim assessment recorded' },
  'claimApplication.decide': { zh: '作出理赔核定', en: 'Claim decided' },
  'claimApplication.pay': { zh: '登记赔付', en: 'Claim paid' },
  'claimApplication.refuse': { zh: '拒赔', en: 'Claim refused' },
  'claimApplication.close': { zh: '索赔结案', en: 'Claim application closed' },
  'claimApplication.archive': { zh: '索赔归档', en: 'Claim application archived' },
  'claimApplication.noticeLetter': { zh: '生成补充材料通知书', en: 'Missing-documents notice produced' },
  'claimApplication.transmittal': { zh: '生成材料移交清单', en: 'Transmittal list produced' },
  'claimChecklists.save': { zh: '保存理赔材料清单', en: 'Claim checklists saved' },
  // Complaints: one action per move of the complaint table, and the desk's other traces
  'complaint.classify': { zh: '投诉分类', en: 'Complaint classified' },
  'complaint.assign': { zh: '分派投诉处理人', en: 'Complaint handler assigned' },
  'complaint.startInvestigation': { zh: '开始调查投诉', en: 'Complaint investigation started' },
  'complaint.requestExtension': { zh: '申请投诉延期', en: 'Complaint extension requested' },
  'complaint.approveExtension': { zh: '批准投诉延期', en: 'Complaint extension approved' },
  'complaint.rejectExtension': { zh: '驳回投诉延期', en: 'Complaint extension rejected' },
  'complaint.decide': { zh: '作出投诉处理决定', en: 'Complaint decided' },
  'complaint.proposeDecision': { zh: '提交投诉决定审批', en: 'Complaint decision sent for approval' },
  'complaint.approveDecision': { zh: '批准投诉处理决定', en: 'Complaint decision approved' },
  'complaint.rejectDecision': { zh: '驳回投诉处理决定', en: 'Complaint decision rejected' },
  'complaint.inform': { zh: '告知投诉人', en: 'Complainant informed' },
  'complaint.recordCallback': { zh: '登记投诉回访', en: 'Complaint call-back recorded' },
  'complaint.close': { zh: '投诉结案', en: 'Complaint closed' },
  'complaint.reopen': { zh: '投诉重新处理', en: 'Complaint reopened' },
  'complaint.escalate': { zh: '投诉升级处理', en: 'Complaint escalated' },
  'complaint.stopClock': { zh: '投诉暂停计时', en: 'Complaint clock stopped' },
  'complaint.resumeClock': { zh: '投诉恢复计时', en: 'Complaint clock resumed' },
  'complaint.newFacts': { zh: '投诉新事实重新计时', en: 'Complaint clock restarted on new facts' },
  'complaint.withdraw': { zh: '投诉人撤回投诉', en: 'Complaint withdrawn' },
  'complaint.requestReview': { zh: '登记投诉核查申请', en: 'Complaint review application recorded' },
  'complaint.decideReview': { zh: '作出投诉核查决定', en: 'Complaint review decided' },
  'complaint.majorComplaint': { zh: '重大投诉报告总公司', en: 'Major complaint reported to head office' },
  'complaint.feedback': { zh: '投诉进度反馈', en: 'Complaint progress feedback' },
  'complaint.letter': { zh: '生成投诉处理决定书', en: 'Complaint decision letter produced' },
  'complaintRules.save': { zh: '保存投诉规则', en: 'Complaint rules saved' },
  'complaintRouting.create': { zh: '新增投诉分派规则', en: 'Complaint routing rule added' },
  'complaintRouting.update': { zh: '修改投诉分派规则', en: 'Complaint routing rule changed' },
  'complaintRouting.delete': { zh: '删除投诉分派规则', en: 'Complaint routing rule deleted' },
  // Shift hand-over, presence, equipment faults (issue #16, seed 000 第九条–第十一条, seed 002 §八)
  'dutyHandover.schedule': { zh: '安排交接班', en: 'Hand-over scheduled' },
  'dutyHandover.checkIn': { zh: '接班人到岗签到', en: 'Incoming agent checked in' },
  'dutyHandover.checkInLate': { zh: '接班人迟到签到', en: 'Incoming agent checked in late' },
  'dutyHandover.generateStatistics': { zh: '生成交班统计表', en: 'Shift statistics generated' },
  'dutyHandover.confirm': { zh: '接班人确认交接', en: 'Hand-over confirmed by the incoming agent' },
  'dutyHandover.sign': { zh: '交班人签字', en: 'Hand-over signed by the outgoing agent' },
  'dutyHandover.close': { zh: '完成交接班', en: 'Hand-over closed' },
  'dutyHandover.escalateMissingRelief': { zh: '上报接班人未到岗', en: 'Missing relief escalated' },
  'dutyHandover.registerPdf': { zh: '打印交接班登记簿', en: 'Hand-over register printed' },
  'presence.set': { zh: '设置坐席状态', en: 'Agent presence set' },
  'presence.postUnstaffed': { zh: '岗位无人就绪提醒', en: 'Post without a ready agent alerted' },
  'equipmentFault.report': { zh: '报告设备故障', en: 'Equipment fault reported' },
  'equipmentFault.update': { zh: '登记设备维修', en: 'Equipment repair recorded' },
  // Calls, scripts and QA (C8)
  'call.cti.ringing': { zh: '来电振铃', en: 'Call ringing' },
  'call.cti.answered': { zh: '来电接听', en: 'Call answered' },
  'call.cti.ended': { zh: '通话结束', en: 'Call ended' },
  'call.linkCase': { zh: '通话关联案件', en: 'Call linked to a case' },
  'call.silentProtocol': { zh: '记录无声电话处理', en: 'Silent-call protocol recorded' },
  'call.transcript': { zh: '上传通话记录文本', en: 'Call transcript uploaded' },
  'script.pack.save': { zh: '保存话术版本', en: 'Script pack saved' },
  'script.settings.save': { zh: '保存专线设置', en: 'Hotline settings saved' },
  'script.override': { zh: '坚持发送含禁语文字', en: 'Forbidden phrase sent anyway' },
  'qa.review': { zh: '质检人工复核', en: 'QA review' },
  // Policies and the system itself
  'policy.import.start': { zh: '开始导入保单', en: 'Policy import started' },
  'policy.import': { zh: '保单导入结束', en: 'Policy import finished' },
  'system.seed': { zh: '初始化数据', en: 'Initial data seeded' },
  'system.seedCalendars': { zh: '初始化业务日历', en: 'Business calendars seeded' },
  'system.seedComplaintRules': { zh: '初始化投诉时效规则', en: 'Complaint deadline rules seeded' },
  'system.seedComplaintRoutingRules': { zh: '初始化投诉分派规则', en: 'Complaint routing rules seeded' },
} as const satisfies Record<string, Label>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_RESULTS = {
  success: { zh: '成功', en: 'Success' },
  failure: { zh: '失败', en: 'Failure' },
  denied: { zh: '拒绝', en: 'Denied' },
} as const satisfies Record<string, Label>;

export type AuditResult = keyof typeof AUDIT_RESULTS;

/** What an audit row is about (its object_type). */
export const AUDIT_OBJECT_TYPES = {
  case: { zh: '案件', en: 'Case' },
  claimReport: { zh: '报案', en: 'Claim report' },
  call: { zh: '通话', en: 'Call' },
  text: { zh: '文字', en: 'Text' },
  calendar: { zh: '业务日历', en: 'Calendar' },
  deadlineRule: { zh: '时效规则', en: 'Deadline rule' },
  complaintRoutingRule: { zh: '投诉分派规则', en: 'Complaint routing rule' },
  scriptPack: { zh: '话术包', en: 'Script pack' },
  setting: { zh: '设置', en: 'Setting' },
  policy_import: { zh: '保单导入', en: 'Policy import' },
  user: { zh: '用户', en: 'User' },
  dutyHandover: { zh: '交接班', en: 'Shift hand-over' },
  equipmentFault: { zh: '设备故障', en: 'Equipment fault' },
  system: { zh: '系统', en: 'System' },
} as const satisfies Record<string, Label>;

export type AuditObjectType = keyof typeof AUDIT_OBJECT_TYPES;

/** For names composed at run time (a machine's id and move): registered or not. */
export const isAuditAction = (s: string): s is AuditAction => Object.hasOwn(AUDIT_ACTIONS, s);
