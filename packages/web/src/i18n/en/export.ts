import type { DeepStrings } from '../messages.ts';
import type { listExport as zh } from '../zh-CN/export.ts';

/** The Export button every list carries (shell/export-button.tsx). */
export const listExport: DeepStrings<typeof zh> = {
  listExport: {
    button: 'Export',
    excel: 'Excel (.xlsx)',
    csv: 'CSV (.csv)',
    title: 'Exporting',
    progress: '{{done}} of about {{total}} rows exported',
    done: 'Export finished: {{done}} rows; downloading',
    failed: 'The export failed; export again',
    hint: 'Exports the list with its current filters; personal data stays masked.',
  },
};
