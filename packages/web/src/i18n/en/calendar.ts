import type { DeepStrings } from '../messages.ts';
import type { calendar as zh } from '../zh-CN/calendar.ts';

/** The business calendar admin (C7). */
export const calendar: DeepStrings<typeof zh> = {
  calendar: {
    title: 'Calendars',
    select: 'Calendar',
    year: 'Year',
    month: 'Month',
    national: 'National',
    branch: 'Branch',
    readOnly: 'Read-only',
    version: 'version {{version}}',
    published: 'Published years: {{years}}',
    needsNotice:
      'The {{year}} holiday notice is not loaded yet (the State Council usually publishes it in November). Import it soon: until then deadlines that run into {{year}} count plain weekdays.',
    import: 'Import holiday notice',
    format: 'Format',
    text: 'Notice',
    textHint:
      'CSV rows of date,type,name (type: holiday / makeUpWorkday, or 放假 / 上班) under a header line; or a JSON array',
    textRequired: 'Paste the notice',
    preview: 'Preview changes',
    apply: 'Import',
    years: 'Years: {{years}}',
    added: 'Added',
    removed: 'Removed',
    changedType: 'Type changed',
    renamed: 'Renamed',
    unchanged: '{{count}} unchanged',
    noChanges: 'Nothing changes',
    applied: 'Imported; {{moved}} open deadlines recomputed',
    saved: 'Saved; {{moved}} open deadlines recomputed',
    dayTitle: '{{day}}',
    setTo: 'Set to',
    name: 'Name',
    clear: 'Back to default',
    base: 'National: {{name}}',
    hint: 'Click a day to change it',
    types: {
      holiday: 'Holiday',
      makeUpWorkday: 'Make-up workday',
      closed: 'Branch closed',
      open: 'Branch open',
    },
    legendWorking: 'Working day',
    legendOff: 'Day off',
  },
};
