/** The audit log page. */
export const audit = {
  audit: {
    title: '审计日志',
    at: '时间',
    actor: '操作人',
    action: '操作',
    object: '对象',
    objectId: '对象 ID',
    result: '结果',
    requestId: '请求 ID',
    details: '详情',
    actionPlaceholder: '按操作筛选',
    actorPlaceholder: '按操作人筛选',
    verify: '校验审计链',
    verifyOk: '审计链完整，已校验 {{checked}} 条',
    verifyBroken: '审计链在记录 {{id}} 处断裂（已校验 {{checked}} 条）',
  },
};
