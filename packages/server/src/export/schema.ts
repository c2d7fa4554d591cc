import { z } from 'zod';
import { answers, fileAnswer, named, stored } from '../http/answers.ts';
import { CONTENT_TYPES, EXPORT_FORMATS } from './writers.ts';

/** What every export adds to its list's own filters. */
export const exportOptions = {
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  /** Header and label language; without it, the caller's Accept-Language. */
  lang: z.enum(['zh', 'en']).optional(),
};

export const exportFileResponse = answers({
  200: {
    description: 'The list as an Excel workbook or a CSV file (UTF-8 with BOM), streamed',
    content: {
      ...fileAnswer(CONTENT_TYPES.xlsx, '').content,
      ...fileAnswer(CONTENT_TYPES.csv, '').content,
    },
  },
});

export const exportJobAnswer = named(
  'ExportJob',
  z.object({
    id: z.string(),
    list: z.string(),
    format: stored(EXPORT_FORMATS),
    state: stored(['running', 'done', 'failed'] as const),
    done: z.number().int(),
    total: z.number().int(),
    fileName: z.string(),
  }),
);

export const exportJobResponse = answers({ 200: exportJobAnswer });
export const exportJobParams = z.object({ id: z.uuid() });
