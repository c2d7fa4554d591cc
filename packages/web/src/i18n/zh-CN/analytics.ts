/** 服务分析 (issue 22 part 6, seed 004 四.9). */
export const analytics = {
  analytics: {
    title: '服务分析',
    intro: '理赔各环节耗时、在办案件停留时长、拒赔依据与各险种投诉，点击图表可查看对应案件。',
    allBranches: '全部机构',
    allProducts: '全部险种',
    cycleTitle: '各环节平均耗时（小时）',
    waitingTitle: '在办案件停留时长',
    refusalsTitle: '拒赔依据（按险种）',
    complaintsTitle: '投诉（按险种、类别）',
    avgHours: '平均',
    p90Hours: '90% 案件不超过',
    refusals: '拒赔件数',
    basis: { contract: '合同条款', law: '法律' },
    none: '本期无数据',
    hours: '小时',
    days: '天',
    rowsTotal: '共 {{count}} 件',
    col: { number: '案件编号', product: '险种', state: '状态 / 环节', duration: '时长', at: '时间' },
  },
};
