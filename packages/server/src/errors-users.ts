/**
 * Refusals of user administration, departments and data sharing (issue 18 parts 1 and 2; seed 002 §七), kept apart
 * from errors.ts so each capability's part of the one error table stays readable; errors.ts spreads it into ERRORS.
 */
export const USERS_ERRORS = {
  USER_ADMIN_FORBIDDEN: {
    status: 403,
    zh: '只有系统管理员或机构管理员可以管理用户',
    en: 'Only a system or branch administrator may manage users',
  },
  USER_SELF_CHANGE: {
    status: 403,
    zh: '不能变更自己的角色、机构或启用状态，也不能重置或解锁自己的账户',
    en: 'You cannot change your own role, branch or state, nor reset or unlock your own account',
  },
  USER_OUT_OF_SCOPE: {
    status: 403,
    zh: '只能管理本机构及下级机构的用户',
    en: 'You may manage users of your own branch subtree only',
  },
  USER_ROLE_NOT_ASSIGNABLE: {
    status: 403,
    zh: '您不能授予该角色：机构管理员只能授予一线及组长、主管类角色',
    en: 'You may not give this role: branch administrators give front-line and lead roles only',
  },
  USER_TARGET_NOT_MANAGEABLE: {
    status: 403,
    zh: '该用户的角色高于您可管理的范围',
    en: "This user's role is above what you may manage",
  },
  USER_LAST_ADMIN: {
    status: 409,
    zh: '总公司至少须保留一名在用的系统管理员，不能停用、降级或调出',
    en: 'Head office must keep one active system administrator: it cannot be deactivated, demoted or moved',
  },
  USER_ALREADY_ACTIVE: { status: 409, zh: '该用户已是启用状态', en: 'This user is already active' },
  USER_ALREADY_INACTIVE: { status: 409, zh: '该用户已停用', en: 'This user is already deactivated' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已存在', en: 'This username is already taken' },
  USER_VERSION_CONFLICT: {
    status: 409,
    zh: '该用户已被他人修改，请刷新后重试',
    en: 'Someone else changed this user; reload and try again',
  },
  BRANCH_NOT_FOUND: { status: 404, zh: '机构不存在', en: 'Branch not found' },
  DEPARTMENT_NOT_FOUND: { status: 404, zh: '部门不存在或已停用', en: 'Department not found or inactive' },
  DEPARTMENT_CODE_TAKEN: { status: 409, zh: '部门代码已存在', en: 'This department code is already taken' },
  DEPARTMENT_VERSION_CONFLICT: {
    status: 409,
    zh: '该部门已被他人修改，请刷新后重试',
    en: 'Someone else changed this department; reload and try again',
  },
  DATA_SHARE_NOT_FOUND: {
    status: 404,
    zh: '数据共享申请不存在或不在您的权限范围内',
    en: 'Data-sharing request not found',
  },
  DATA_SHARE_NOT_REQUESTER: {
    status: 403,
    zh: '只有申请人本人可以执行该操作',
    en: 'Only the requester may do this',
  },
  DATA_SHARE_NOT_OWNING_MANAGER: {
    status: 403,
    zh: '只有数据所属部门的主管（客服主管或服务经理，且机构范围覆盖该数据）可以审批，申请人不能审批自己的申请',
    en: "Only a supervisor or service manager of the data's department over its branch may decide; never the requester",
  },
  DATA_SHARE_PERIOD_OVER: {
    status: 409,
    zh: '申请的共享期限已过，不能再批准',
    en: 'The requested period is over; it can no longer be approved',
  },
  DATA_SHARE_PERIOD_INVALID: {
    status: 400,
    zh: '共享期限无效：结束时间须晚于开始时间和当前时间',
    en: 'The period is not valid: it must end after it starts and after now',
  },
  DATA_SHARE_PERIOD_TOO_LONG: {
    status: 400,
    zh: '共享期限超过允许的最长天数',
    en: 'The period is longer than allowed',
  },
  DATA_SHARE_OWN_DEPARTMENT: {
    status: 400,
    zh: '本部门的数据无需申请共享',
    en: "Your own department's data needs no sharing request",
  },
  DATA_SHARE_NO_READ_RIGHT: {
    status: 403,
    zh: '您的角色不能查看该类数据，共享授权只扩大机构范围，不增加权限',
    en: 'Your role may not read this data; a grant widens the branch scope, never the rights',
  },
  DATA_SHARE_BRANCH_IN_SCOPE: {
    status: 400,
    zh: '该机构已在您的权限范围内，无需申请',
    en: 'This branch is already within your scope',
  },
  DATA_SHARE_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '数据共享申请当前状态下不能执行该操作',
    en: 'This step is not possible in the current state of the request',
  },
} as const;
