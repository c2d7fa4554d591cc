import type { Label } from '@claimline/domain/core';

// The console's words for the case codes (web i18n common.kind/channel/status), for files read outside it.
export const CASE_KIND_LABELS: Record<string, Label> = {
  consultation: { zh: '咨询', en: 'Consultation' },
  complaint: { zh: '投诉', en: 'Complaint' },
  claimReport: { zh: '报案', en: 'Claim report' },
  claimApplication: { zh: '索赔申请', en: 'Claim application' },
  surrender: { zh: '退保', en: 'Surrender' },
  endorsement: { zh: '批改', en: 'Endorsement' },
  suggestion: { zh: '建议', en: 'Suggestion' },
};

export const CHANNEL_LABELS: Record<string, Label> = {
  phone: { zh: '电话', en: 'Phone' },
  walkIn: { zh: '上门', en: 'Walk-in' },
  fax: { zh: '传真', en: 'Fax' },
  letter: { zh: '书信', en: 'Letter' },
  online: { zh: '在线', en: 'Online' },
};

export const CASE_STATUS_LABELS: Record<string, Label> = {
  new: { zh: '新建', en: 'New' },
  answered: { zh: '已答复', en: 'Answered' },
  inProgress: { zh: '处理中', en: 'In progress' },
  resolved: { zh: '已解决', en: 'Resolved' },
  closed: { zh: '已关闭', en: 'Closed' },
};

export const CALL_DIRECTION_LABELS: Record<string, Label> = {
  inbound: { zh: '呼入', en: 'Inbound' },
  outbound: { zh: '呼出', en: 'Outbound' },
};

export const CALL_STATE_LABELS: Record<string, Label> = {
  ringing: { zh: '振铃中', en: 'Ringing' },
  answered: { zh: '通话中', en: 'In call' },
  ended: { zh: '已结束', en: 'Ended' },
};

export const CALL_QUEUE_LABELS: Record<string, Label> = {
  general: { zh: '普通来电', en: 'General' },
  claimReport: { zh: '报案专线', en: 'Claim reports' },
};

export const HUNG_UP_LABELS: Record<string, Label> = {
  customer: { zh: '客户', en: 'Customer' },
  agent: { zh: '坐席', en: 'Agent' },
  system: { zh: '系统', en: 'System' },
};

export const COMPLAINT_SOURCE_LABELS: Record<string, Label> = {
  customer: { zh: '客户投诉', en: 'Customer' },
  regulator: { zh: '监管转送', en: 'Regulator transfer' },
};

export const URGENCY_LABELS: Record<string, Label> = {
  normal: { zh: '一般', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
  critical: { zh: '特急', en: 'Critical' },
};

export const COMPLEXITY_LABELS: Record<string, Label> = {
  simple: { zh: '简单', en: 'Simple' },
  complex: { zh: '复杂', en: 'Complex' },
  veryComplex: { zh: '特别复杂', en: 'Very complex' },
};

export const COMPLAINT_CATEGORY_LABELS: Record<string, Label> = {
  serviceAttitude: { zh: '服务态度', en: 'Service attitude' },
  claimDispute: { zh: '理赔争议', en: 'Claim dispute' },
  claimDelay: { zh: '理赔时效', en: 'Claim delay' },
  salesPractice: { zh: '销售行为', en: 'Sales practice' },
  policyService: { zh: '保全服务', en: 'Policy service' },
  other: { zh: '其他', en: 'Other' },
};

export const HANDLER_ROLE_LABELS: Record<string, Label> = {
  agent: { zh: '客服专员', en: 'Agent' },
  teamLead: { zh: '客服组长', en: 'Team lead' },
  supervisor: { zh: '客服主管', en: 'Supervisor' },
};
