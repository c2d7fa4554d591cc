import type { TimelineEventType } from '@claimline/domain/cases';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import { maskJson, sealJson } from '../crypto/sealed-json.ts';
import { sealText } from '../crypto/sealed-text.ts';
import type { Tx } from '../db/database.ts';

type NewEvent = {
  case_id: string;
  at: Date;
  actor_id: string;
  type: TimelineEventType;
  note: string | null;
  data?: unknown;
};

/**
 * One event on a case's timeline; the type must be registered (with its zh/en label) to compile. A note that
 * holds an ID or phone number is sealed (issue #18 part 6): the row keeps the masked copy. So an event with a
 * note needs the field keys; one without may be written without them.
 */
export function insertEvent(tx: Tx, e: NewEvent & { note: null }): Promise<void>;
export function insertEvent(tx: Tx, e: NewEvent, crypto: FieldCrypto): Promise<void>;
export async function insertEvent(tx: Tx, e: NewEvent, crypto?: FieldCrypto): Promise<void> {
  // A text inside the move's payload (a place, a recipient, a reason) is sealed like the note (issue #18 part 6).
  const data = e.data ?? {};
  const { masked: maskedData, changed } = maskJson(data, e.at);
  if (changed && !crypto) throw new Error('a timeline payload with personal data needs the field keys');
  const { id } = await tx
    .insertInto('case_events')
    .values({ ...e, data: JSON.stringify(changed ? maskedData : data) })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (changed && crypto)
    await sealJson(crypto, tx, { table: 'case_events', rowId: String(id), column: 'data' }, data, e.at);
  if (e.note === null) return;
  if (!crypto) throw new Error('a timeline note needs the field keys');
  const ref = { table: 'case_events', rowId: String(id), column: 'note' } as const;
  const masked = await sealText(crypto, tx, ref, e.note, e.at);
  if (masked !== e.note)
    await tx.updateTable('case_events').set({ note: masked }).where('id', '=', id).execute();
}

/** An event the system writes itself (a deadline warned or escalated): no actor, no note. */
export const insertSystemEvent = (
  tx: Tx,
  e: { case_id: string; at: Date; type: TimelineEventType; data: Record<string, unknown> },
) =>
  tx
    .insertInto('case_events')
    .values({ ...e, actor_id: null, note: null, data: JSON.stringify(e.data) })
    .execute();
