import type { DeepStrings } from '../messages.ts';
import type { keyboard as zh } from '../zh-CN/keyboard.ts';

/** The keyboard layer (issue 21 part 2): the shortcuts' names, the help dialog, what the live region says. */
export const keyboard: DeepStrings<typeof zh> = {
  keyboard: {
    helpTitle: 'Keyboard shortcuts',
    helpIntro:
      'Register a claim report, a consultation or a complaint without the mouse. While you type in a field, single keys (? and /) are left to the field.',
    action: 'Action',
    keys: 'Keys',
    or: 'or',
    inForm: '(in a form)',
    close: 'Close',
    shortcuts: {
      newCase: 'New case',
      search: 'Search (the search box of this page, else the case list)',
      save: 'Save / submit the current form',
      nextStep: 'Next step (focus the record’s main action; Enter does it)',
      home: 'Go home',
      help: 'Show this help',
    },
    moves: {
      title: 'Forms and lists',
      tab: 'Move between fields',
      arrows: 'Choose among options, drop-down items and look-up results; Enter confirms',
      enter: 'Enter in a one-line field never submits the form',
      escape: 'Close a dialog; the focus returns to what opened it',
    },
    formErrors: '{{count}} field(s) need attention; the cursor is in the first',
  },
};
