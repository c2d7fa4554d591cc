/** Ad-hoc tasks (临时任务, issue #20 part 4). */
export const tasks = {
  tasks: {
    title: '任务',
    mine: '我的任务',
    given: '我布置的',
    assign: '布置任务',
    what: '任务内容',
    detail: '说明',
    assignee: '执行人',
    checker: '检查人（默认本人）',
    workingDays: '完成时限（工作日）',
    due: '截止时间',
    overdue: '已逾期',
    givenBy: '布置人',
    none: '暂无任务',
    assigned: '任务已布置',
    note: '说明',
    openCount: '您有 {{count}} 项待完成的任务',
  },
};
