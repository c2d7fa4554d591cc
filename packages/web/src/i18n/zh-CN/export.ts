/** The 导出 button every list carries (shell/export-button.tsx). */
export const listExport = {
  listExport: {
    button: '导出',
    excel: 'Excel（.xlsx）',
    csv: 'CSV（.csv）',
    title: '正在导出',
    progress: '已导出 {{done}} / 约 {{total}} 行',
    done: '导出完成，共 {{done}} 行，正在下载',
    failed: '导出失败，请重新导出',
    hint: '按当前筛选条件导出；个人信息保持脱敏。',
  },
};
