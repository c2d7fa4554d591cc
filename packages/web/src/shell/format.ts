import dayjs from 'dayjs';

/** Instants come from the server in UTC (ISO 8601); the console shows them in the browser's local time. */
export const formatTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—';

/** Spread onto antd props typed without data-* attributes (button props of a Modal, Table rows). */
export const testId = (id: string): Record<string, string> => ({ 'data-testid': id });
