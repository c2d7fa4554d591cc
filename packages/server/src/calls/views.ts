import type { Turn } from '@claimline/domain/qa';

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const ID_NUMBER = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;

/**
 * Transcripts are decrypted for QA, but a mobile or ID number the customer read out is masked before it leaves the
 * server (JR/T 0171-2020). Masks keep the length, so forbidden-phrase positions stay valid.
 */
export const maskTurnText = (text: string) =>
  text
    .replace(ID_NUMBER, (m) => `${m.slice(0, 6)}${'*'.repeat(8)}${m.slice(14)}`)
    .replace(MOBILE, (m) => `${m.slice(0, 3)}****${m.slice(7)}`);

export const maskTurns = (turns: readonly Turn[]): Turn[] =>
  turns.map((t) => ({ ...t, text: maskTurnText(t.text) }));
