/** The 下一步 panel of the detail screens and the assignment line of the timeline (issue #21 part 3). */
export const nextStep = {
  nextStep: {
    title: '下一步',
    yourTurn: '轮到您：',
    waitingFor: '等待 {{who}}：{{action}}',
    routedTo: '将分派给 {{name}}（路由推荐）',
    finished: '已办结，无需再处理',
    assignedTo: '分派给 {{name}}',
    transferredTo: '转交给 {{name}}',
  },
};
