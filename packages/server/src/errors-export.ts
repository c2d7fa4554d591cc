/** Refusals of list exports (issue #17 part 6); errors.ts spreads them into ERRORS. */
export const EXPORT_ERRORS = {
  EXPORT_JOB_NOT_FOUND: {
    status: 404,
    zh: '导出任务不存在或已过期，请重新导出',
    en: 'The export does not exist or has expired; export again',
  },
  EXPORT_NOT_READY: {
    status: 409,
    zh: '导出尚未完成',
    en: 'The export has not finished yet',
  },
  EXPORT_BUSY: {
    status: 429,
    zh: '您已有一个导出正在进行，请等待其完成',
    en: 'You already have an export running; wait for it to finish',
  },
  EXPORT_FAILED: {
    status: 409,
    zh: '导出失败，请重新导出',
    en: 'The export failed; export again',
  },
} as const;
