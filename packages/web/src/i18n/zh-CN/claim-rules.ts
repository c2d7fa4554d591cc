/** The claim rules editor (报案规则). */
export const claimRules = {
  claimRules: {
    title: '报案规则',
    intro:
      '重大案件标准、同一事故时间窗、现场保全和索赔时效。保存后即对下一笔报案生效（登记和重大案件判断时读取）；已登记的报案不受影响。',
    versionDefault: '当前为出厂默认（第 0 版）',
    version: '当前第 {{version}} 版',
    savedBy: '{{by}} 于 {{at}} 保存：{{note}}',
    readOnly: '报案规则全公司统一，只能由总公司修改。',
    sections: {
      majorCase: '重大案件（种子 003）',
      sameLoss: '同一事故',
      scene: '现场保全',
      claimTimeLimitYears: '索赔时效（保险法第二十六条）',
    },
    fields: {
      majorCase: {
        minDeaths: '一次事故死亡人数达到',
        payoutOverFen: '预计理赔金额超过',
        sumInsuredOverFen: '保险金额超过（且事故结果暂时无法确定）',
      },
      sameLoss: { windowHours: '同一保单出险时间相差不超过（视为同一事故）' },
      scene: {
        promptReportHours: '出险后多少小时内报案算“及时报案”',
        causesNeedingScene: '无人身亡也须保留现场的出险原因',
      },
      claimTimeLimitYears: { nonLife: '人寿保险以外的其他保险', life: '人寿保险' },
    },
    units: { persons: '人', fen: '元', hours: '小时', years: '年', perils: '项' },
    defaultValue: '默认：{{value}}',
    source: '依据：{{source}}',
    changed: '已修改',
    overHint: '须超过才算：恰好 {{limit}} 元不算，{{next}} 元起算',
    atLeastHint: '达到即算：{{value}} 人及以上',
    yuanInvalid: '请输入金额（元），例如 500000 或 500,000.00',
    yuanDecimals: '金额最多两位小数（分）',
    required: '必填',
    between: '须在 {{min}} 至 {{max}} 之间',
    minReason: '不能少于 {{min}}：{{reason}}',
    reportDeadline:
      '向总公司呈报时限 {{amount}} 小时，由时效规则 {{rule}} 计时（在时效规则中维护，此处只读）。依据：{{source}}',
    note: '修改说明',
    noteHint: '必填，随版本保存并记入审计日志',
    save: '保存为新版本',
    saved: '已保存为第 {{version}} 版，下一笔报案起生效',
    changes: '已修改 {{count}} 项',
    noChanges: '尚无修改',
    conflict: '规则已被他人修改，请重新加载后在最新版本上修改。',
    reload: '重新加载',
  },
};
