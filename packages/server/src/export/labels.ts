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
