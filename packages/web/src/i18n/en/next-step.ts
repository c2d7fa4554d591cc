import type { DeepStrings } from '../messages.ts';
import type { nextStep as zh } from '../zh-CN/next-step.ts';

/** The Next panel and the timeline's assignment line, in English. */
export const nextStep: DeepStrings<typeof zh> = {
  nextStep: {
    title: 'Next',
    yourTurn: 'Your turn:',
    waitingFor: 'Waiting for {{who}}: {{action}}',
    routedTo: 'Routing gives it to {{name}}',
    finished: 'Finished, nothing left to do',
    assignedTo: 'Assigned to {{name}}',
    transferredTo: 'Handed to {{name}}',
  },
};
