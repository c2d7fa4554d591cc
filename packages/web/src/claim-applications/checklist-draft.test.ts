import { DEFAULT_CHECKLISTS, diffChecklists } from '@claimline/domain/claim-applications';
import { describe, expect, it } from 'vitest';
import { addItem, missingLabels, moveItem, newItemId, removeItem, updateItem } from './checklist-draft.ts';

const ids = (s: typeof DEFAULT_CHECKLISTS) => s.lists.medical.items.map((i) => i.id);

describe('checklist editor draft', () => {
  it('adds an item with a free id, renames it and counts both as one change', () => {
    let s = addItem(DEFAULT_CHECKLISTS, 'medical');
    expect(ids(s).at(-1)).toBe('medicalItem1');
    expect(newItemId(s, 'medical')).toBe('medicalItem2');
    expect(missingLabels(s)).toEqual(['medicalItem1']);
    s = updateItem(s, 'medical', 'medicalItem1', { label: { zh: '出院小结', en: 'Discharge summary' } });
    expect(missingLabels(s)).toEqual([]);
    expect(diffChecklists(DEFAULT_CHECKLISTS, s).map((c) => c.path)).toEqual([
      'lists.medical.items.medicalItem1',
    ]);
  });

  it('removes and reorders within a list, leaving the other lists and the defaults alone', () => {
    const s = moveItem(
      removeItem(DEFAULT_CHECKLISTS, 'medical', 'testResults'),
      'medical',
      'pathologyReport',
      -1,
    );
    expect(ids(s)).toEqual([
      'outpatientRecords',
      'outpatientReceipts',
      'pathologyReport',
      'inpatientReceipts',
    ]);
    expect(moveItem(s, 'medical', 'outpatientRecords', -1)).toBe(s);
    expect(s.lists.basic).toBe(DEFAULT_CHECKLISTS.lists.basic);
    expect(ids(DEFAULT_CHECKLISTS)).toHaveLength(5);
    // A reorder alone is a change the server will save (diffChecklists names the new order).
    const swapped = moveItem(DEFAULT_CHECKLISTS, 'medical', 'testResults', 1);
    expect(diffChecklists(DEFAULT_CHECKLISTS, swapped)).toEqual([
      expect.objectContaining({ path: 'lists.medical.order' }),
    ]);
  });
});
