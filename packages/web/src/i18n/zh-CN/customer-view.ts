/** The customer view: one person's cases, calls, complaints and claims (issue 15). */
export const customerView = {
  customerView: {
    title: '客户视图',
    allRecords: '该客户的全部记录',
    search: '查询',
    searchHint: '按电话号码或身份证号查找同一客户的全部记录；仅显示您权限范围内的数据，信息均已脱敏。',
    searchOther: '查询其他客户',
    key: { phone: '电话号码', idNumber: '身份证号' },
    and: '、',
    matchedBy: '按{{keys}}匹配',
    total: '共 {{n}} 条记录',
    truncated: '记录较多，每类仅显示最近 100 条',
    none: '未找到该客户的记录',
    notFound: '记录不存在或不在您的权限范围内',
    unnamed: '未留姓名',
    open: '查看',
    group: {
      call: '通话',
      complaint: '投诉',
      claimReport: '报案',
      claimApplication: '索赔申请',
      case: '其他案件',
    },
  },
};
