import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ChecklistItem, ChecklistSettings, DocumentList } from '@claimline/domain/claim-applications';
import { Button, Card, Checkbox, Input, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ArticlePicker, LinkedArticles } from '../knowledge/linked-articles.tsx';
import { addItem, moveItem, removeItem, updateItem } from './checklist-draft.ts';

/** One list of the checklists (基本资料, 医疗证明, …): its items in order, each renamed, flagged, moved or removed. */
export const ChecklistListEditor = ({
  draft,
  list,
  editable,
  onChange,
}: {
  draft: ChecklistSettings;
  list: DocumentList;
  editable: boolean;
  onChange: (next: ChecklistSettings) => void;
}) => {
  const { t, i18n } = useTranslation();
  const { label, items } = draft.lists[list];
  const tid = (i: ChecklistItem, what: string) => `checklist-item-${i.id}-${what}`;
  const rename = (i: ChecklistItem, lang: 'zh' | 'en', value: string) =>
    onChange(updateItem(draft, list, i.id, { label: { ...i.label, [lang]: value } }));
  return (
    <Card
      size="small"
      title={i18n.language === 'en' ? label.en : label.zh}
      data-testid={`checklist-list-${list}`}
      extra={
        editable && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onChange(addItem(draft, list))}
            data-testid={`checklist-add-${list}`}
          >
            {t('claimChecklists.addItem')}
          </Button>
        )
      }
    >
      <Table<ChecklistItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t('claimChecklists.empty') }}
        rowClassName={() => 'checklist-item'}
        columns={[
          {
            title: t('claimChecklists.itemZh'),
            render: (_, i) => (
              <Input
                value={i.label.zh}
                maxLength={100}
                disabled={!editable}
                status={i.label.zh.trim() ? '' : 'error'}
                placeholder={t('claimChecklists.newItem')}
                aria-label={t('claimChecklists.itemZh')}
                onChange={(e) => rename(i, 'zh', e.target.value)}
                data-testid={tid(i, 'zh')}
              />
            ),
          },
          {
            title: t('claimChecklists.itemEn'),
            render: (_, i) => (
              <Input
                value={i.label.en}
                maxLength={200}
                disabled={!editable}
                status={i.label.en.trim() ? '' : 'error'}
                aria-label={`${t('claimChecklists.itemEn')}: ${i.label.zh}`}
                onChange={(e) => rename(i, 'en', e.target.value)}
                data-testid={tid(i, 'en')}
              />
            ),
          },
          {
            title: t('claimChecklists.originalRequired'),
            width: 90,
            render: (_, i) => (
              <Checkbox
                checked={i.originalRequired}
                disabled={!editable}
                aria-label={`${t('claimChecklists.originalRequired')}: ${i.label.zh}`}
                onChange={(e) =>
                  onChange(updateItem(draft, list, i.id, { originalRequired: e.target.checked }))
                }
                data-testid={tid(i, 'original')}
              />
            ),
          },
          {
            title: t('claimChecklists.onlyIfNotInsured'),
            width: 140,
            render: (_, i) => (
              <Checkbox
                checked={i.onlyIfApplicantNotInsured}
                disabled={!editable}
                aria-label={`${t('claimChecklists.onlyIfNotInsured')}: ${i.label.zh}`}
                onChange={(e) =>
                  onChange(updateItem(draft, list, i.id, { onlyIfApplicantNotInsured: e.target.checked }))
                }
              />
            ),
          },
          {
            // Issue #20: the knowledge articles behind the item, opened from the desk's checklist.
            title: t('knowledge.linked.pick'),
            width: 260,
            render: (_, i) =>
              editable ? (
                <ArticlePicker
                  value={i.articleIds}
                  label={`${t('knowledge.linked.pick')}: ${i.label.zh}`}
                  onChange={(ids) =>
                    onChange(updateItem(draft, list, i.id, { articleIds: ids.length > 0 ? ids : undefined }))
                  }
                />
              ) : (
                <LinkedArticles ids={i.articleIds} />
              ),
          },
          ...(editable
            ? [
                {
                  title: t('claimChecklists.order'),
                  width: 150,
                  render: (_: unknown, i: ChecklistItem, n: number) => (
                    <Space size={4}>
                      <Button
                        size="small"
                        icon={<ArrowUpOutlined />}
                        aria-label={t('claimChecklists.moveUp')}
                        disabled={n === 0}
                        onClick={() => onChange(moveItem(draft, list, i.id, -1))}
                        data-testid={tid(i, 'up')}
                      />
                      <Button
                        size="small"
                        icon={<ArrowDownOutlined />}
                        aria-label={t('claimChecklists.moveDown')}
                        disabled={n === items.length - 1}
                        onClick={() => onChange(moveItem(draft, list, i.id, 1))}
                        data-testid={tid(i, 'down')}
                      />
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('claimChecklists.remove')}
                        onClick={() => onChange(removeItem(draft, list, i.id))}
                        data-testid={tid(i, 'remove')}
                      />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
};
