/** Signing in and changing the password. */
export const auth = {
  login: {
    title: '登录',
    subtitle: '客服与理赔服务中心',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
  },
  password: {
    title: '修改密码',
    hint: '首次登录或密码已重置，请先修改密码。',
    current: '当前密码',
    next: '新密码',
    confirm: '确认新密码',
    currentRequired: '请输入当前密码',
    nextRequired: '请输入新密码',
    nextTooShort: '新密码至少 10 位',
    mismatch: '两次输入的新密码不一致',
    submit: '修改密码',
    changed: '密码已修改',
  },
};
