import type { ChecklistSettings, ClaimType, DocumentList } from '@claimline/domain/claim-applications';
import { Alert, Button, Card, Checkbox, Input, Skeleton, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_TYPE_LABELS, CLAIM_TYPES, DOCUMENT_LISTS, useChecklists, useSaveChecklists } from './api.ts';

/** Head office's editor of the checklists: which lists each claim type needs and which items need originals. */
export const ClaimChecklistsPage = () => {
  const { t, i18n } = useTranslation();
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const query = useChecklists();
  const save = useSaveChecklists();
  const [draft, setDraft] = useState<ChecklistSettings | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (query.data) setDraft(query.data.checklists);
  }, [query.data]);
  if (!query.data || !draft) return <Skeleton active />;
  const editable = query.data.editable;
  const setTypeLists = (type: ClaimType, lists: DocumentList[]) =>
    setDraft({
      ...draft,
      byClaimType: { ...draft.byClaimType, [type]: DOCUMENT_LISTS.filter((l) => lists.includes(l)) },
    });
  const setOriginal = (list: DocumentList, id: string, originalRequired: boolean) =>
    setDraft({
      ...draft,
      lists: {
        ...draft.lists,
        [list]: {
          ...draft.lists[list],
          items: draft.lists[list].items.map((i) => (i.id === id ? { ...i, originalRequired } : i)),
        },
      },
    });
  return (
    <Card
      title={
        <Space>
          {t('claimDesk.checklistsTitle')}
          <Typography.Text type="secondary" data-testid="checklists-version">
            {t('claimDesk.version', { version: query.data.version })}
          </Typography.Text>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('claimDesk.checklistsHint')}</Typography.Paragraph>
      {save.error && <Alert type="error" message={save.error.message} data-testid="checklists-error" />}
      {save.data && (
        <Alert
          type="success"
          message={t('claimDesk.saved', { version: save.data.version })}
          data-testid="checklists-saved"
        />
      )}
      <Table
        rowKey="type"
        size="small"
        pagination={false}
        dataSource={CLAIM_TYPES.map((type) => ({ type }))}
        columns={[
          { title: t('claimDesk.claimType'), render: (_, r) => say(CLAIM_TYPE_LABELS[r.type]) },
          {
            title: t('claimDesk.lists'),
            render: (_, r) => (
              <Checkbox.Group
                disabled={!editable}
                value={draft.byClaimType[r.type]}
                onChange={(v) => setTypeLists(r.type, v)}
                options={DOCUMENT_LISTS.map((l) => ({ value: l, label: say(draft.lists[l].label) }))}
                data-testid={`checklists-type-${r.type}`}
              />
            ),
          },
        ]}
      />
      {DOCUMENT_LISTS.map((list) => (
        <Card key={list} size="small" title={say(draft.lists[list].label)} style={{ marginTop: 12 }}>
          {draft.lists[list].items.map((i) => (
            <div key={i.id}>
              <Checkbox
                disabled={!editable}
                checked={i.originalRequired}
                onChange={(e) => setOriginal(list, i.id, e.target.checked)}
                data-testid={`checklists-original-${i.id}`}
              >
                {say(i.label)} — {t('claimDesk.originalRequired')}
              </Checkbox>
            </div>
          ))}
        </Card>
      ))}
      {editable && (
        <Space style={{ marginTop: 16 }}>
          <Input
            style={{ width: 360 }}
            placeholder={t('claimDesk.saveNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="checklists-note"
          />
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => save.mutate({ baseVersion: query.data.version, note, checklists: draft })}
            data-testid="checklists-save"
          >
            {t('claimDesk.save')}
          </Button>
        </Space>
      )}
    </Card>
  );
};
