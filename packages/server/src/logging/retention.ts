/**
 * The shortest time application logs are kept, in days: 网络安全法 第二十一条(三) "采取监测、记录网络运行状态、网络安全
 * 事件的技术措施，并按照规定留存相关的网络日志不少于六个月". A setting (CLAIMLINE_LOG_RETENTION_DAYS) may keep them
 * longer, never shorter.
 */
export const LOG_RETENTION_MIN_DAYS = 180;

/** The log files' name inside the log directory: `app.<yyyy-MM-dd>.<n>.log`, one series per day. */
export const LOG_FILE_PREFIX = 'app';
export const LOG_FILE_PATTERN = /^app\.(\d{4}-\d{2}-\d{2})\.(\d+)\.log$/;
