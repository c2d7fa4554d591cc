/**
 * Refusals of the link graph and the service analytics (issue 22 parts 2 and 6), kept apart from errors.ts so
 * each capability's part of the one error table stays readable; errors.ts spreads it into ERRORS.
 */
export const FRAUD_GRAPH_ERRORS = {
  FRAUD_RING_NOT_FOUND: {
    status: 404,
    zh: '未找到该疑似团伙，或不在您的数据范围内',
    en: 'No such possible ring in your data scope',
  },
  FRAUD_NODE_NOT_FOUND: {
    status: 404,
    zh: '关系网络中没有该节点，或其案件不在您的数据范围内',
    en: 'No such node in this ring, or its claims are outside your data scope',
  },
  FRAUD_NODE_NOT_PERSONAL: {
    status: 409,
    zh: '该节点不是个人信息，已完整显示，无需查看',
    en: 'This node holds no personal data; it is already shown in full',
  },
  ANALYTICS_PERIOD_INVALID: {
    status: 400,
    zh: '统计期间无效：开始日期须不晚于结束日期，且不超过 366 天',
    en: 'Invalid period: the start must not be after the end, and at most 366 days',
  },
  ANALYTICS_BRANCH_NOT_FOUND: {
    status: 404,
    zh: '未找到该机构，或不在您的数据范围内',
    en: 'No such branch in your data scope',
  },
} as const;
