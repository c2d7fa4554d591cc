import type { ChecklistItem, ChecklistSettings, DocumentList } from '@claimline/domain/claim-applications';

/*
 * The checklist editor's changes to its draft, as pure functions: each returns a new settings object, so the
 * page keeps one piece of state and the count of changes comes from the domain's own diff (diffChecklists).
 */

type Patch = Partial<
  Pick<ChecklistItem, 'label' | 'originalRequired' | 'onlyIfApplicantNotInsured' | 'articleIds'>
>;

const withItems = (s: ChecklistSettings, list: DocumentList, items: ChecklistItem[]): ChecklistSettings => ({
  ...s,
  lists: { ...s.lists, [list]: { ...s.lists[list], items } },
});

/**
 * A new item's id: the list's name and the first free number (medicalItem1, medicalItem2, …). Ids are unique
 * across all lists (checklistProblems) and stay fixed once saved: applications keep the items they were given.
 */
export const newItemId = (s: ChecklistSettings, list: DocumentList): string => {
  const taken = new Set(Object.values(s.lists).flatMap((l) => l.items.map((i) => i.id)));
  let n = 1;
  while (taken.has(`${list}Item${n}`)) n += 1;
  return `${list}Item${n}`;
};

export const addItem = (s: ChecklistSettings, list: DocumentList, label = { zh: '', en: '' }) =>
  withItems(s, list, [
    ...s.lists[list].items,
    { id: newItemId(s, list), list, label, originalRequired: false, onlyIfApplicantNotInsured: false },
  ]);

export const updateItem = (s: ChecklistSettings, list: DocumentList, id: string, patch: Patch) =>
  withItems(
    s,
    list,
    s.lists[list].items.map((i) => (i.id === id ? { ...i, ...patch } : i)),
  );

export const removeItem = (s: ChecklistSettings, list: DocumentList, id: string) =>
  withItems(
    s,
    list,
    s.lists[list].items.filter((i) => i.id !== id),
  );

/** Moves an item one place up (-1) or down (+1); at either end nothing changes. */
export const moveItem = (s: ChecklistSettings, list: DocumentList, id: string, by: -1 | 1) => {
  const items = [...s.lists[list].items];
  const at = items.findIndex((i) => i.id === id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= items.length) return s;
  [items[at], items[to]] = [items[to] as ChecklistItem, items[at] as ChecklistItem];
  return withItems(s, list, items);
};

/** Every item names itself in both languages (the server refuses an empty label). */
export const missingLabels = (s: ChecklistSettings): string[] =>
  Object.values(s.lists).flatMap((l) =>
    l.items.filter((i) => !i.label.zh.trim() || !i.label.en.trim()).map((i) => i.id),
  );
