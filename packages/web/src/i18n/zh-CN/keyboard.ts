/** The keyboard layer (issue 21 part 2): the shortcuts' names, the help dialog, what the live region says. */
export const keyboard = {
  keyboard: {
    helpTitle: '键盘快捷键',
    helpIntro: '不用鼠标也能完成报案、咨询、投诉登记。在输入框中打字时，单个按键（? 和 /）不触发快捷键。',
    action: '操作',
    keys: '按键',
    or: '或',
    inForm: '（在表单中）',
    close: '关闭',
    shortcuts: {
      newCase: '新建案件',
      search: '搜索（光标移到本页的搜索框，没有时打开案件列表）',
      save: '保存 / 提交当前表单',
      nextStep: '下一步（光标移到当前记录的主要操作，按 Enter 执行）',
      home: '回到首页',
      help: '显示本帮助',
    },
    moves: {
      title: '表单与列表',
      tab: '在字段之间前后移动',
      arrows: '在单选项、下拉选项和查询结果中选择，Enter 确认',
      enter: '在单行输入框中按 Enter 不会提交表单',
      escape: '关闭对话框，光标回到打开它的地方',
    },
    formErrors: '有 {{count}} 处需要修改，光标已在第一处',
  },
};
