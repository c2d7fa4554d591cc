import { Alert, Button, Card, Flex, Input, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentLists, useDocumentLists, useSaveDocumentLists } from './api.ts';

type Lists = DocumentLists['settings']['lists'];
type Kind = 'surrender' | 'endorsement';

/**
 * Head office keeps the documents a customer brings for a surrender or endorsement, per product (seed 003 第五条
 * "提醒客户准备相关资料"): one draft of every list, saved as a new version with a note; requests already taken keep
 * the list they were given. The server checks the rules again (documentSettingsProblems).
 */
export const DocumentListsPage = () => {
  const { t } = useTranslation();
  const query = useDocumentLists();
  const save = useSaveDocumentLists();
  const [draft, setDraft] = useState<Lists | null>(null);
  const [note, setNote] = useState('');
  const [newKind, setNewKind] = useState<Kind>('surrender');
  const [newProduct, setNewProduct] = useState('');
  const d = query.data;
  if (!d) return <Skeleton active />;
  const lists = draft ?? d.settings.lists;
  const edit = (next: Lists) => setDraft(next);
  const setItem = (li: number, ii: number, field: 'zh' | 'en', value: string) =>
    edit(
      lists.map((l, i) =>
        i !== li ? l : { ...l, items: l.items.map((it, j) => (j === ii ? { ...it, [field]: value } : it)) },
      ),
    );
  const addItem = (li: number) =>
    edit(
      lists.map((l, i) =>
        i !== li
          ? l
          : { ...l, items: [...l.items, { id: `item${Date.now().toString(36)}`, zh: '', en: '' }] },
      ),
    );
  const removeItem = (li: number, ii: number) =>
    edit(lists.map((l, i) => (i !== li ? l : { ...l, items: l.items.filter((_, j) => j !== ii) })));
  const kindLabel = (k: string) => t(k === 'surrender' ? 'caseKinds.surrender' : 'caseKinds.endorsement');

  return (
    <Flex vertical gap={16} data-testid="service-documents-editor">
      <Card title={t('serviceDocuments.title')}>
        <Typography.Paragraph>{t('serviceDocuments.intro')}</Typography.Paragraph>
        <Typography.Text data-testid="service-documents-version" data-version={d.version}>
          {d.version === 0
            ? t('serviceDocuments.versionDefault')
            : t('serviceDocuments.savedBy', { version: d.version, by: d.savedBy, note: d.note })}
        </Typography.Text>
        {!d.editable && (
          <Alert type="info" message={t('serviceDocuments.readOnly')} style={{ marginTop: 12 }} />
        )}
        {save.error && <Alert type="error" message={save.error.message} style={{ marginTop: 12 }} />}
      </Card>
      {lists.map((l, li) => (
        <Card
          key={`${l.kind}/${l.product}`}
          size="small"
          title={`${kindLabel(l.kind)} · ${l.product === '*' ? t('serviceDocuments.default') : l.product}`}
        >
          {l.items.map((it, ii) => (
            <Space key={it.id} wrap style={{ marginBottom: 8 }}>
              <Input
                value={it.zh}
                aria-label={t('serviceDocuments.itemZh', { n: ii + 1 })}
                data-testid={`service-doc-${l.kind}-${l.product}-${ii}-zh`}
                disabled={!d.editable}
                onChange={(e) => setItem(li, ii, 'zh', e.target.value)}
                style={{ width: 240 }}
              />
              <Input
                value={it.en}
                aria-label={t('serviceDocuments.itemEn', { n: ii + 1 })}
                data-testid={`service-doc-${l.kind}-${l.product}-${ii}-en`}
                disabled={!d.editable}
                onChange={(e) => setItem(li, ii, 'en', e.target.value)}
                style={{ width: 300 }}
              />
              {d.editable && (
                <Button onClick={() => removeItem(li, ii)}>{t('serviceDocuments.remove')}</Button>
              )}
            </Space>
          ))}
          {d.editable && (
            <Button onClick={() => addItem(li)} data-testid={`service-doc-add-${l.kind}-${l.product}`}>
              {t('serviceDocuments.addItem')}
            </Button>
          )}
        </Card>
      ))}
      {d.editable && (
        <Card size="small">
          <Space wrap>
            <Select
              value={newKind}
              onChange={setNewKind}
              aria-label={t('serviceDocuments.kind')}
              style={{ width: 140 }}
              options={(['surrender', 'endorsement'] as const).map((k) => ({
                value: k,
                label: kindLabel(k),
              }))}
            />
            <Input
              placeholder={t('serviceDocuments.product')}
              aria-label={t('serviceDocuments.product')}
              value={newProduct}
              onChange={(e) => setNewProduct(e.target.value)}
              style={{ width: 220 }}
            />
            <Button
              disabled={!newProduct.trim()}
              onClick={() => {
                edit([...lists, { kind: newKind, product: newProduct.trim(), items: [] }]);
                setNewProduct('');
              }}
            >
              {t('serviceDocuments.addList')}
            </Button>
          </Space>
          <Space.Compact style={{ display: 'flex', marginTop: 12, maxWidth: 640 }}>
            <Input
              placeholder={t('serviceDocuments.note')}
              aria-label={t('serviceDocuments.note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              data-testid="service-doc-note"
            />
            <Button
              type="primary"
              data-testid="service-doc-save"
              disabled={draft === null || !note.trim()}
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { baseVersion: d.version, note: note.trim(), settings: { lists: lists as never } },
                  {
                    onSuccess: () => {
                      setDraft(null);
                      setNote('');
                    },
                  },
                )
              }
            >
              {t('serviceDocuments.save')}
            </Button>
          </Space.Compact>
        </Card>
      )}
    </Flex>
  );
};
