/**
 * Typhoon mode (issue #19 part 5): head office declares a catastrophe event (巨灾事件) — a typhoon, a flood — over
 * an area of branches for a period and a set of perils. While it is active, claim-report intake in the area offers
 * the shortened form (quick-report.ts) and its reports are linked to it and handled first. Seed 003 §(二) names
 * what a report must first capture; the surge of reports in one event is why the rest may follow later.
 */
import { defineMachine, type GuardDef } from '../workflow/index.ts';

export type CatastropheFacts = {
  /** The mover sits at head office (the root of the branch tree): a catastrophe spans branches. */
  atHeadOffice: boolean;
  note: string | undefined;
};

const guards = {
  headOffice: {
    code: 'CATASTROPHE_HEAD_OFFICE_ONLY',
    kind: 'actor',
    test: (f) => f.atHeadOffice,
    doc: 'a head-office person (the event spans branches)',
  },
  noted: {
    code: 'CATASTROPHE_NOTE_REQUIRED',
    kind: 'input',
    test: (f) => (f.note ?? '').trim().length > 0,
    doc: 'a note saying why',
  },
} as const satisfies Record<string, GuardDef<CatastropheFacts>>;

const SOURCE = 'Issue #19 part 5: typhoon mode; seed 003 §(二) 接受报案 (what a report captures first)';

export const CATASTROPHE_MACHINE = defineMachine<CatastropheFacts>()({
  id: 'catastrophe',
  title: { zh: '巨灾事件', en: 'Catastrophe event' },
  source: SOURCE,
  initial: 'declared',
  states: {
    declared: { zh: '已宣布', en: 'Declared' },
    active: { zh: '进行中', en: 'Active' },
    closed: { zh: '已结束', en: 'Closed' },
  },
  events: {
    activate: { zh: '启动', en: 'Activate' },
    close: { zh: '结束', en: 'Close' },
    cancel: { zh: '撤销', en: 'Cancel' },
  },
  guards,
  effects: {
    announce: 'tells every open console of the area (live update) so the banner and intake form follow',
  },
  rows: [
    {
      from: 'declared',
      event: 'activate',
      guards: ['headOffice'],
      to: 'active',
      effects: ['announce'],
      source: SOURCE,
    },
    {
      from: 'active',
      event: 'close',
      guards: ['headOffice', 'noted'],
      to: 'closed',
      effects: ['announce'],
      source: SOURCE,
    },
    {
      from: 'declared',
      event: 'cancel',
      guards: ['headOffice', 'noted'],
      to: 'closed',
      effects: ['announce'],
      source: SOURCE,
    },
  ],
  notAllowed: 'CATASTROPHE_TRANSITION_NOT_ALLOWED',
});

export type CatastropheState = keyof typeof CATASTROPHE_MACHINE.states;
