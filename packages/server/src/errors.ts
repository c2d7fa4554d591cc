import { DomainError } from '@claimline/domain/core';
import { ASSESSMENT_ERRORS } from './errors-assessment.ts';
import { CATASTROPHE_ERRORS } from './errors-catastrophes.ts';
import { CLAIM_DESK_ERRORS } from './errors-claims.ts';
import { CLAIM_ADVANCE_ERRORS } from './errors-claims-finish.ts';
import { DUTY_ERRORS } from './errors-duty.ts';
import { EXPORT_ERRORS } from './errors-export.ts';
import { FRAUD_ERRORS } from './errors-fraud.ts';
import { FRAUD_GRAPH_ERRORS } from './errors-fraud-graph.ts';
import { FRONT_DESK_ERRORS } from './errors-front-desk.ts';
import { KNOWLEDGE_ERRORS } from './errors-knowledge.ts';
import { KPI_ERRORS } from './errors-kpis.ts';
import { PHRASES_ERRORS } from './errors-phrases.ts';
import { POLICY_SERVICE_ERRORS } from './errors-policy-services.ts';
import { USERS_ERRORS } from './errors-users.ts';

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
  ORIGIN_REFUSED: {
    status: 403,
    zh: '请求来自其他网站,已拒绝。请在本系统页面内操作',
    en: 'The request came from another site and was refused; please work from this system’s own pages',
  },
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
  CALENDAR_INVALID: { status: 400, zh: '日历数据无效', en: 'The calendar data is not valid' },
  CALENDAR_IMPORT_INVALID: {
    status: 400,
    zh: '节假日通知导入文件有误,请按行号修正',
    en: 'The holiday notice file has errors; fix the listed rows',
  },
  CALENDAR_INVALID_ARGUMENT: {
    status: 400,
    zh: '日期或时长参数无效',
    en: 'The date or duration is not valid',
  },
  CALENDAR_OUT_OF_RANGE: {
    status: 400,
    zh: '日期超出日历支持的范围',
    en: 'The date is outside the range the calendar covers',
  },
  CALENDAR_SOURCE_YEAR_MISSING: {
    status: 400,
    zh: '节假日数据源缺少该年度',
    en: 'The holiday data set has no data for that year',
  },
  CALENDAR_SOURCE_MISMATCH: {
    status: 500,
    zh: '节假日数据源返回了不一致的日期',
    en: 'The holiday data set answered for a different date',
  },
  CALENDAR_NOT_FOUND: { status: 404, zh: '日历不存在或不在您的权限范围内', en: 'Calendar not found' },
  CALENDAR_READ_ONLY: {
    status: 403,
    zh: '您只能查看该日历，不能修改',
    en: 'You may view this calendar but not change it',
  },
  CALENDAR_DAY_TYPE_INVALID: {
    status: 400,
    zh: '该日历不能设置这种日期类型（全国日历：放假/调休上班；分公司日历：休息/营业）',
    en: 'This calendar cannot take that day type (national: holiday or make-up workday; branch: closed or open)',
  },
  CALENDAR_NOT_NATIONAL: {
    status: 409,
    zh: '节假日通知只能导入全国日历',
    en: 'A holiday notice can only be imported into a national calendar',
  },
  CALENDAR_VERSION_CONFLICT: {
    status: 409,
    zh: '该日历已被他人修改,请刷新后重试',
    en: 'Someone else changed this calendar; reload and try again',
  },
  DEADLINE_RULE_INVALID: { status: 400, zh: '时限规则无效', en: 'The deadline rule is not valid' },
  NOTIFICATION_NOT_FOUND: { status: 404, zh: '通知不存在', en: 'Notification not found' },
  ID_NUMBER_FORMAT: { status: 400, zh: '身份证号应为18位', en: 'An ID number has 18 characters' },
  ID_NUMBER_REGION: {
    status: 400,
    zh: '身份证号地区码无效',
    en: 'The region code of the ID number is not valid',
  },
  ID_NUMBER_BIRTH_DATE: {
    status: 400,
    zh: '身份证号出生日期无效',
    en: 'The birth date in the ID number is not valid',
  },
  ID_NUMBER_CHECK_DIGIT: {
    status: 400,
    zh: '身份证号校验位不正确,请核对',
    en: 'The ID number check digit is wrong; please check the number',
  },
  MOBILE_FORMAT: { status: 400, zh: '手机号码格式不正确', en: 'Not a valid mainland mobile number' },
  LANDLINE_FORMAT: { status: 400, zh: '固定电话格式不正确', en: 'Not a valid landline number' },
  PLATE_FORMAT: { status: 400, zh: '车牌号格式不正确', en: 'Not a valid plate number' },
  PLATE_PROVINCE: { status: 400, zh: '车牌省份简称无效', en: 'Unknown province character on the plate' },
  FORBIDDEN_PHRASE_EMPTY: { status: 400, zh: '禁语不能为空', en: 'A forbidden phrase cannot be empty' },
  FORBIDDEN_PHRASE_DUPLICATE_ID: { status: 400, zh: '禁语编号重复', en: 'Duplicate forbidden-phrase id' },
  FORBIDDEN_PHRASE_UNSUPPORTED_CHARACTER: {
    status: 400,
    zh: '禁语含不支持的字符',
    en: 'The forbidden phrase contains an unsupported character',
  },
  ALLOW_CONTEXT_WITHOUT_PHRASE: {
    status: 400,
    zh: '豁免语境必须包含对应禁语',
    en: 'An allowed context must contain its phrase',
  },
  PHRASE_PACK_INVALID: { status: 400, zh: '话术包格式无效', en: 'The phrase pack is not valid' },
  TEMPLATE_VARIABLE_MISSING: { status: 400, zh: '话术模板缺少变量', en: 'A template variable is missing' },
  OUTSIDE_POLICY_PERIOD: {
    status: 422,
    zh: '保险事故发生日期不在保险期间内',
    en: 'The accident happened outside the policy period',
  },
  PERIL_NOT_COVERED: {
    status: 422,
    zh: '保险事故不属于保险责任范围',
    en: 'The cause of the accident is not a covered peril',
  },
  CLAIM_TIME_LIMIT_EXPIRED: {
    status: 422,
    zh: '已超过保险金请求时效',
    en: 'The claim time limit has passed',
  },
  // ---- claim reports (C2, C3) ----
  POLICY_NOT_FOUND: { status: 404, zh: '找不到该保单', en: 'No such policy' },
  CLAIM_REPORT_NOT_FOUND: { status: 404, zh: '找不到该报案', en: 'No such claim report' },
  LOOKUP_NOT_FOUND: { status: 404, zh: '找不到该查询记录', en: 'No such look-up' },
  LOOKUP_VALUE_INVALID: {
    status: 400,
    zh: '查询条件格式不正确',
    en: 'The search value is not valid for this kind of look-up',
  },
  CLAIM_REPORTER_PHONE_REQUIRED: {
    status: 400,
    zh: '保单上没有被保险人的联系电话，请填写报案人电话',
    en: 'The policy holds no phone for the insured: enter the reporter’s phone',
  },
  CLAIM_DUPLICATE_LOSS: {
    status: 409,
    zh: '该保单在相近时间已有报案,请告知报案人已受理及进展,勿重复登记',
    en: 'This loss is already reported on the policy; tell the reporter its progress instead of registering again',
  },
  CLAIM_REPORT_USE_DESK: {
    status: 422,
    zh: '报案须通过「报案登记」办理(先查询保单,再登记),不能在此新建',
    en: 'Claim reports are registered at the 报案登记 (claim report) desk: look the policy up there first',
  },
  CLAIM_POLICY_NOT_IN_LOOKUP: {
    status: 422,
    zh: '所选保单不在本次查询结果中,请重新查询后从结果中选择保单',
    en: 'This policy was not found by the look-up; look it up again and choose it from the results',
  },
  CLAIM_IDENTITY_UNCONFIRMED: {
    status: 422,
    zh: '存在同名被保险人,请先与报案人核实出险人身份证号码',
    en: 'Several insured persons share this name; confirm the ID number with the reporter first',
  },
  ACCIDENT_IN_FUTURE: {
    status: 422,
    zh: '出险时间不能晚于报案时间',
    en: 'The accident cannot be later than the report',
  },
  // The schema refuses these two on their field (VALIDATION_FAILED); the codes are for a caller that bypasses it.
  ACCIDENT_TOO_EARLY: {
    status: 400,
    zh: '出险时间早于系统中最早的保单,请核对',
    en: 'The accident is earlier than any policy the center holds; please check the date',
  },
  KNEW_BEFORE_ACCIDENT: {
    status: 400,
    zh: '知道出险的时间不能早于出险时间',
    en: 'The claimant cannot have learnt of the accident before it happened',
  },
  CLAIM_NOTICE_NOT_NEEDED: {
    status: 409,
    zh: '该报案已通过初步审核,无需出具不予受理通知书',
    en: 'This report passed the preliminary check; no refusal notice is needed',
  },
  MAJOR_CASE_NOT_FLAGGED: {
    status: 409,
    zh: '该报案不是重大案件',
    en: 'This report is not a major case',
  },
  MAJOR_REPORT_NOT_SENT: {
    status: 409,
    zh: '该重大案件尚未呈报,无法确认收到',
    en: 'This major case has not been reported yet; there is nothing to acknowledge',
  },
  MAJOR_REPORT_ALREADY_ACKNOWLEDGED: {
    status: 409,
    zh: '总公司已确认收到该呈报',
    en: 'Head office has already acknowledged this report',
  },
  MAJOR_REPORT_HEAD_OFFICE_ONLY: {
    status: 403,
    zh: '只有总公司人员可以确认收到重大案件呈报',
    en: 'Only head-office staff may acknowledge a major-case report',
  },
  MAJOR_CASE_ALREADY_REPORTED: {
    status: 409,
    zh: '该重大案件已向总公司呈报',
    en: 'This major case has already been reported to head office',
  },
  DOCUMENT_FONT_MISSING: {
    status: 503,
    zh: '缺少中文字体,无法生成文书;请设置 CLAIMLINE_CJK_FONT',
    en: 'No Chinese font is available to render the document; set CLAIMLINE_CJK_FONT',
  },
  CLAIM_RULES_VERSION_CONFLICT: {
    status: 409,
    zh: '报案规则已被他人修改,请刷新后在最新版本上修改',
    en: 'Someone saved newer claim rules; reload and edit the latest version',
  },
  CLAIM_RULES_HEAD_OFFICE_ONLY: {
    status: 403,
    zh: '报案规则全公司统一,只能由总公司修改',
    en: 'The claim rules apply to every branch; only head office may change them',
  },
  CLAIM_RULES_UNCHANGED: {
    status: 400,
    zh: '规则没有变化,无需保存',
    en: 'No rule changed; there is nothing to save',
  },
  // ---- end claim reports ----
  // ---- claim applications (issue #14) ----
  CLAIM_APPLICATION_NOT_FOUND: { status: 404, zh: '找不到该索赔申请', en: 'No such claim application' },
  CLAIM_POLICY_REQUIRED: {
    status: 422,
    zh: '没有报案时，请先查询并选择保单',
    en: 'Without a claim report, look up and choose the policy first',
  },
  CLAIM_APPLICANT_ID_INVALID: {
    status: 422,
    zh: '申请人身份证号码不正确',
    en: 'The applicant’s ID number is not valid',
  },
  CLAIM_NOT_ENTITLED: {
    status: 422,
    zh: '申请人不享有保险金请求权',
    en: 'The applicant holds no claim to this benefit',
  },
  CLAIM_DOCUMENT_UNKNOWN: {
    status: 422,
    zh: '该材料不在本申请的材料清单中',
    en: 'This document is not on the application’s checklist',
  },
  CLAIMS_HANDLER_REQUIRED: {
    status: 403,
    zh: '此操作只能由理赔岗人员办理',
    en: 'Only a claims handler may do this',
  },
  CLAIM_DOCUMENTS_ALREADY_COMPLETE: {
    status: 409,
    zh: '材料已齐全，请确认材料齐全而不是告知补充',
    en: 'The set is complete: mark it complete instead of asking for more',
  },
  CLAIM_DOCUMENTS_INCOMPLETE: {
    status: 409,
    zh: '理赔材料尚不齐全，齐全后才能受理',
    en: 'The documents are not complete yet; only a complete set is accepted',
  },
  CLAIM_HANDOVER_RECIPIENT_REQUIRED: {
    status: 400,
    zh: '请填写材料移交给谁',
    en: 'Say to whom the materials are handed over',
  },
  CLAIM_RECEIPT_ALREADY_CONFIRMED: {
    status: 409,
    zh: '保险公司已签收该批材料',
    en: 'The insurer has already confirmed receipt',
  },
  CLAIM_RECEIPT_NOT_CONFIRMED: {
    status: 409,
    zh: '保险公司尚未签收理赔材料',
    en: 'The insurer has not confirmed receipt of the materials yet',
  },
  CLAIM_ASSESSMENT_REQUIRED: {
    status: 409,
    zh: '尚未登记损失核定，不能作出核定',
    en: 'No assessment is recorded; a decision needs one',
  },
  CLAIM_DECISION_OUTCOME_REQUIRED: {
    status: 400,
    zh: '请选择赔付、部分赔付或拒赔',
    en: 'Choose pay, pay in part or refuse',
  },
  CLAIM_DECISION_NOT_PAY: { status: 409, zh: '核定结论不是赔付', en: 'The decision is not to pay' },
  CLAIM_DECISION_NOT_REFUSE: { status: 409, zh: '核定结论不是拒赔', en: 'The decision is not to refuse' },
  CLAIM_NOTICE_NOT_SENT: {
    status: 409,
    zh: '尚未出具补充材料通知',
    en: 'No missing-documents notice has been given',
  },
  CLAIM_TRANSMITTAL_NOT_READY: {
    status: 409,
    zh: '材料尚未移交，没有移交清单',
    en: 'The materials are not handed over yet; there is no transmittal list',
  },
  CLAIM_CHECKLISTS_VERSION_CONFLICT: {
    status: 409,
    zh: '材料清单已被他人修改，请刷新后在最新版本上修改',
    en: 'Someone saved newer checklists; reload and edit the latest version',
  },
  CLAIM_CHECKLISTS_HEAD_OFFICE_ONLY: {
    status: 403,
    zh: '理赔材料清单全公司统一，只能由总公司修改',
    en: 'The checklists apply to every branch; only head office may change them',
  },
  CLAIM_CHECKLISTS_UNCHANGED: {
    status: 400,
    zh: '清单没有变化，无需保存',
    en: 'Nothing changed; nothing to save',
  },
  CLAIM_CHECKLISTS_INVALID: {
    status: 400,
    zh: '材料清单不符合要求，请检查标出的字段',
    en: 'The checklists are not valid; check the marked fields',
  },
  // ---- end claim applications ----
  // C8 (issue #5): scripts, guard, calls, QA
  FORBIDDEN_PHRASE: {
    status: 422,
    zh: '内容含服务禁语,请按建议修改;确需发送请填写理由',
    en: 'The text contains a forbidden phrase; use the suggested wording, or give a reason to send it anyway',
  },
  PACK_VERSION_CONFLICT: {
    status: 409,
    zh: '话术已被他人修改,请刷新后在最新版本上修改',
    en: 'Someone saved a newer version; reload and edit the latest one',
  },
  PACK_NOT_FOUND: { status: 404, zh: '该版本不存在', en: 'No such version' },
  QA_CONFIG_INVALID: {
    status: 400,
    zh: '质检评分卡配置无效',
    en: 'The QA scorecard configuration is not valid',
  },
  TRANSCRIPT_INVALID: {
    status: 400,
    zh: '通话记录文本格式有误(每行:[分:秒] 坐席/客户:内容)',
    en: 'The transcript is not valid (one turn a line: [mm:ss] agent/customer: text)',
  },
  // Issue #17 part 7: nobody edits the record that judges them.
  TRANSCRIPT_OWN_CALL: {
    status: 403,
    zh: '不能为自己接听的通话上传或更正通话记录文本(由录音/CTI 系统或质检复核人员提交)',
    en: 'You cannot add a transcript to a call you answered (the recording/CTI feed or a QA reviewer adds it)',
  },
  TRANSCRIPT_REASON_REQUIRED: {
    status: 400,
    zh: '质检复核人员更正通话记录文本须填写原因',
    en: 'A reviewer’s transcript correction needs a reason',
  },
  TRANSCRIPT_SOURCE_FORBIDDEN: {
    status: 403,
    zh: '只有录音/CTI 系统或质检复核人员可以提交通话记录文本',
    en: 'Only the recording/CTI feed or a QA reviewer may add a transcript',
  },
  SILENT_CALL_CONTRADICTED: {
    status: 409,
    zh: '无声电话记录与通话记录不符(客户有发言、客户先挂机或通话时长不符),不能按无声电话处理',
    en: 'The silent-call log contradicts the call record (the customer spoke, hung up first, or the talk time differs)',
  },
  REVIEW_COMMENT_REQUIRED: { status: 400, zh: '复核须填写说明', en: 'A review needs a comment' },
  QA_ITEM_NOT_ON_CARD: {
    status: 400,
    zh: '该评分项不在本评分卡上',
    en: 'That item is not on this scorecard',
  },
  SCORECARD_NOT_FOUND: {
    status: 404,
    zh: '该通话尚无质检评分(请先上传通话记录)',
    en: 'This call has no scorecard yet (upload a transcript first)',
  },
  SCORECARD_VERSION_CONFLICT: {
    status: 409,
    zh: '评分卡已被他人复核或重新评分,请刷新后重试',
    en: 'Someone else reviewed or rescored this card; reload and try again',
  },
  CALL_NOT_FOUND: { status: 404, zh: '通话不存在或不在您的权限范围内', en: 'Call not found' },
  CALL_NOT_ANSWERED: { status: 409, zh: '该通话未接通', en: 'The call was not answered' },
  CALL_EVENT_OUT_OF_ORDER: {
    status: 409,
    zh: '通话事件顺序不正确(未知通话不能直接结束)',
    en: 'Event out of order (an unknown call cannot end)',
  },
  CALL_BRANCH_INVALID: {
    status: 400,
    zh: '机构代码不存在或不在您的权限范围内',
    en: 'Unknown branch code, or outside your scope',
  },
  AGENT_NOT_FOUND: { status: 400, zh: '坐席工号不存在或不在您的权限范围内', en: 'Unknown agent number' },
  SIMULATOR_DEMO_ONLY: {
    status: 403,
    zh: '通话模拟器仅在演示模式下可用',
    en: 'The call simulator works in demo mode only',
  },
  // Complaints (issue #6): classification, routing with avoidance, approval authority, regulatory clock, letter.
  COMPLAINT_RULES_INVALID: {
    status: 400,
    zh: '投诉规则设置无效',
    en: 'The complaint rules setting is not valid',
  },
  COMPLAINT_CLASSIFICATION_INVALID: {
    status: 400,
    zh: '紧急程度或复杂程度无效',
    en: 'Unknown urgency or complexity',
  },
  REMEDY_AMOUNT_INVALID: { status: 400, zh: '处理金额无效', en: 'The remedy amount is not valid' },
  APPROVAL_AUTHORITY_EXCEEDED: {
    status: 403,
    zh: '超出您的审批权限,请提交上级审批',
    en: 'This is above your approval authority',
  },
  WITHIN_OWN_AUTHORITY: {
    status: 409,
    zh: '该处理决定在您的权限范围内,可直接作出',
    en: 'This decision is within your own authority; decide it directly',
  },
  SELF_APPROVAL_FORBIDDEN: {
    status: 403,
    zh: '不能审批自己提交的申请',
    en: 'You cannot approve your own request',
  },
  AVOIDANCE_CONFLICT: {
    status: 409,
    zh: '被投诉人员与投诉事项有直接利害关系,须回避,不能处理该投诉',
    en: 'The person complained about has a direct interest and cannot handle this complaint',
  },
  NO_ELIGIBLE_HANDLER: {
    status: 409,
    zh: '没有符合处理级别且无需回避的处理人',
    en: 'Nobody at the required handler level is free of interest in this complaint',
  },
  ASSIGNEE_NOT_ELIGIBLE: {
    status: 400,
    zh: '所选处理人不具备该投诉要求的处理级别或不在机构范围内',
    en: 'The chosen handler is not at the required level or cannot see this complaint',
  },
  COMPLAINED_USER_INVALID: {
    status: 400,
    zh: '被投诉人员不存在或不在您的机构范围内',
    en: 'The person complained about is not a user of your branches',
  },
  EXTENSION_NOT_AVAILABLE: {
    status: 409,
    zh: '该投诉不能再延长处理期限(复杂投诉可延长至30日,特别复杂的可再延长30日)',
    en: 'No further extension: complex complaints may go to 30 days, very complex ones 30 more',
  },
  EXTENSION_TOO_LATE: {
    status: 409,
    zh: '处理期限已届满,不能再申请延期',
    en: 'The decision limit has already passed; an extension must be asked for in time',
  },
  EXTENSION_NOTICE_REQUIRED: {
    status: 400,
    zh: '再次延长须告知投诉人,请选择告知方式',
    en: 'The second extension must be notified to the complainant; choose how',
  },
  COMPLAINANT_NOT_SATISFIED: {
    status: 409,
    zh: '回访结果为不满意,不能结案,请重新处理或升级',
    en: 'The complainant is not satisfied; reopen or escalate instead of closing',
  },
  COMPLAINANT_SATISFIED: {
    status: 409,
    zh: '回访结果为满意,无需重新处理',
    en: 'The complainant is satisfied; there is nothing to reopen',
  },
  COMPLAINT_CLOCK_STOPPED: {
    status: 409,
    zh: '处理期限正在暂停计时(鉴定或调解),请先恢复计时',
    en: 'The decision clock is stopped for an appraisal or a mediation; resume it first',
  },
  COMPLAINT_CLOCK_RUNNING: {
    status: 409,
    zh: '处理期限未暂停,无需恢复计时',
    en: 'The decision clock is running; there is nothing to resume',
  },
  // 办法 (2020) art. 20: review (核查) of a branch's decision by the institution above it.
  REVIEW_BY_SUPERIOR_ONLY: {
    status: 403,
    zh: '核查由作出决定的分支机构的上级机构的组长或以上人员登记和处理，且不能由原处理人或决定人核查',
    en: 'A review is recorded and decided by a lead of an institution above the branch that decided, not by whoever handled or decided the complaint',
  },
  REVIEW_NOT_AVAILABLE: {
    status: 409,
    zh: '该投诉不适用核查:总公司作出的决定或已经核查过的投诉不能再申请核查',
    en: 'No review is available: head office decided, or the decision was already reviewed',
  },
  REVIEW_TOO_LATE: {
    status: 409,
    zh: '已超过收到处理决定之日起30日的核查申请期限(办法第二十条)',
    en: 'The 30 days for applying for a review after receiving the decision have passed (Measures art. 20)',
  },
  COMPLAINT_LETTER_NOT_READY: {
    status: 409,
    zh: '尚未作出处理决定,不能生成告知书',
    en: 'There is no decision yet to put in a letter',
  },
  COMPLAINT_RULES_VERSION_CONFLICT: {
    status: 409,
    zh: '投诉规则已被他人修改,请刷新后在最新版本上修改',
    en: 'Someone saved newer complaint rules; reload and edit the latest version',
  },
  COMPLAINT_RULES_HEAD_OFFICE_ONLY: {
    status: 403,
    zh: '投诉规则全公司统一,只能由总公司修改',
    en: 'The complaint rules apply to every branch; only head office may change them',
  },
  COMPLAINT_RULES_UNCHANGED: {
    status: 400,
    zh: '投诉规则没有变化,无需保存',
    en: 'No complaint rule changed; there is nothing to save',
  },
  ROUTING_RULE_NOT_FOUND: { status: 404, zh: '分派规则不存在', en: 'Routing rule not found' },
  ROUTING_RULE_EXISTS: {
    status: 409,
    zh: '已有相同编号的分派规则',
    en: 'A routing rule with this id already exists',
  },
  ROUTING_RULE_CONFLICT: {
    status: 409,
    zh: '该分派规则已被他人修改,请刷新后重试',
    en: 'Someone changed this routing rule; reload and try again',
  },
  ROUTING_BRANCH_INVALID: { status: 400, zh: '机构不存在', en: 'Unknown branch' },
  ROUTING_ASSIGNEE_INVALID: {
    status: 400,
    zh: '指定处理人不存在、已停用,或不能处理该机构的投诉',
    en: 'The assignee does not exist, is inactive, or cannot handle complaints of that branch',
  },
  // ---- policies (issue #4): imports and the core-system adapter ----
  POLICY_IMPORT_NO_FILE: {
    status: 400,
    zh: '请选择要上传的保单文件(CSV 或 .xlsx)',
    en: 'Choose a policy file to upload (CSV or .xlsx)',
  },
  POLICY_IMPORT_FILE_TYPE: {
    status: 415,
    zh: '只能导入 CSV 或 Excel(.xlsx)文件',
    en: 'Only CSV or Excel (.xlsx) files can be imported',
  },
  POLICY_IMPORT_TOO_LARGE: {
    status: 413,
    zh: '文件超过导入大小上限,请拆分后分批导入',
    en: 'The file is larger than the import limit; split it and import the parts',
  },
  POLICY_IMPORT_NOT_FOUND: {
    status: 404,
    zh: '导入记录不存在或不在您的权限范围内',
    en: 'Import not found',
  },
  POLICY_IMPORT_RUNNING: {
    status: 409,
    zh: '导入尚未完成,完成后才能下载报告',
    en: 'The import is still running; the report is available when it ends',
  },
  POLICY_SOURCE_UNAVAILABLE: {
    status: 503,
    zh: '核心业务系统暂时无法查询保单,请稍后再试',
    en: 'The core system cannot be reached for policies right now; try again shortly',
  },
  ...DUTY_ERRORS,
  ...KNOWLEDGE_ERRORS,
  ...EXPORT_ERRORS,
  ...USERS_ERRORS,
  ...KPI_ERRORS,
  ...FRAUD_GRAPH_ERRORS,
  ...ASSESSMENT_ERRORS,
  ...CLAIM_DESK_ERRORS,
  ...CLAIM_ADVANCE_ERRORS,
  ...FRONT_DESK_ERRORS,
  ...CATASTROPHE_ERRORS,
  ...PHRASES_ERRORS,
  ...POLICY_SERVICE_ERRORS,
  ...FRAUD_ERRORS,
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

/**
 * A refusal about one field of the body, thrown by a service: the answer carries it as a field detail like a zod
 * issue (path and message in the caller's language), so the console marks the field.
 */
export type FieldRefusal = { in: 'body'; path: string; zh: string; en: string };
export const onField = (path: string, words: { zh: string; en: string }): FieldRefusal[] => [
  { in: 'body', path, zh: words.zh, en: words.en },
];

/** A rule's problems (each with its path inside `prefix` and its words) as the body's field refusals. */
export const onFields = (
  prefix: string,
  problems: readonly { path: string; zh: string; en: string }[],
): FieldRefusal[] => problems.flatMap((p) => onField(`${prefix}${p.path}`, p));

const isFieldRefusal = (d: unknown): d is FieldRefusal =>
  typeof d === 'object' && d !== null && 'path' in d && 'zh' in d && 'en' in d && !('message' in d);

const localized = (details: unknown, lang: 'zh' | 'en') =>
  Array.isArray(details) && details.length > 0 && details.every(isFieldRefusal)
    ? details.map((d) => ({ in: d.in, path: d.path, message: lang === 'en' ? d.en : d.zh }))
    : details;

export const errorBody = (code: ErrorCode, lang: 'zh' | 'en', requestId: string, details?: unknown) => {
  const entry: ErrorEntry = ERRORS[code];
  return {
    error: {
      code,
      message: lang === 'en' ? entry.en : entry.zh,
      messageZh: entry.zh,
      messageEn: entry.en,
      ...(details === undefined ? {} : { details: localized(details, lang) }),
    },
    requestId,
  };
};

export const preferredLanguage = (acceptLanguage: string | undefined): 'zh' | 'en' =>
  acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh';
