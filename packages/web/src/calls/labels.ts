import type { TFunction } from 'i18next';

/** The queue a call came in on, by its word; a queue this console has no word for is named generically, not by code. */
export const queueLabel = (t: TFunction, queue: string | null) =>
  queue === null ? t('common.none') : t(`hotline.queue.${queue}`, { defaultValue: t('hotline.queue.other') });
