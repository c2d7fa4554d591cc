import { DEFAULT_TEMPLATE_ITEMS } from '@claimline/domain/assessment';
import { Button, Card, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type AssessmentTemplate, useSaveTemplate, useTemplates } from './api.ts';

/**
 * The template editor: each current template with its items' weights (and a KPI item's target and floor); saving
 * writes the next version, so assessments opened earlier keep the weights they were scored with.
 */
export const TemplateEditor = () => {
  const { t } = useTranslation();
  const templates = useTemplates();
  const items = templates.data?.items ?? [];
  const save = useSaveTemplate();
  const { message, showError } = useFeedback();
  // A new template starts from head office's default items; the weights are then edited and saved as versions.
  const create = (periodKind: 'month' | 'quarter') =>
    save.mutate(
      {
        periodKind,
        nameZh: `${t(`assessment.kind.${periodKind}`, { lng: 'zh-CN' })}${t('assessment.templateSuffix', { lng: 'zh-CN' })}`,
        nameEn: `${t(`assessment.kind.${periodKind}`, { lng: 'en' })} ${t('assessment.templateSuffix', { lng: 'en' })}`,
        items: [...DEFAULT_TEMPLATE_ITEMS],
      },
      { onSuccess: () => void message.success(t('assessment.templateSaved')), onError: showError },
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {items.length === 0 && (
        <Typography.Text type="secondary">{t('assessment.noTemplates')}</Typography.Text>
      )}
      <Space>
        <Button onClick={() => create('month')} loading={save.isPending} {...testId('template-new-month')}>
          {t('assessment.newTemplate', { kind: t('assessment.kind.month') })}
        </Button>
        <Button onClick={() => create('quarter')} loading={save.isPending}>
          {t('assessment.newTemplate', { kind: t('assessment.kind.quarter') })}
        </Button>
      </Space>
      {items.map((tpl) => (
        <TemplateCard key={tpl.id} tpl={tpl} />
      ))}
    </Space>
  );
};

const TemplateCard = ({ tpl }: { tpl: AssessmentTemplate }) => {
  const { t, i18n } = useTranslation();
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const save = useSaveTemplate();
  const { message, showError } = useFeedback();
  const [items, setItems] = useState(tpl.items);
  const [note, setNote] = useState('');
  const sum = items.reduce((s, i) => s + i.weight, 0);
  const set = (idx: number, patch: Partial<{ weight: number; target: number; floor: number }>) =>
    setItems((all) => all.map((it, i) => (i === idx ? ({ ...it, ...patch } as typeof it) : it)));
  return (
    <Card
      size="small"
      title={
        <Space>
          {words(tpl.name)}
          <Tag>v{tpl.version}</Tag>
          <Tag>{t(`assessment.kind.${tpl.periodKind === 'quarter' ? 'quarter' : 'month'}`)}</Tag>
          {tpl.headOffice && <Tag color="blue">{t('assessment.headOffice')}</Tag>}
        </Space>
      }
    >
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={items.map((it, i) => ({ ...it, idx: i }))}
        columns={[
          {
            title: t('assessment.item'),
            render: (_, r) => words(tpl.itemLabels[r.idx] ?? { zh: '', en: '' }),
          },
          {
            title: t('assessment.weight'),
            render: (_, r) => (
              <InputNumber
                min={1}
                max={100}
                value={r.weight}
                onChange={(v) => v !== null && set(r.idx, { weight: v })}
              />
            ),
          },
          {
            title: t('assessment.target'),
            render: (_, r) =>
              r.kind === 'kpi' ? (
                <InputNumber value={r.target} onChange={(v) => v !== null && set(r.idx, { target: v })} />
              ) : (
                '—'
              ),
          },
          {
            title: t('assessment.floor'),
            render: (_, r) =>
              r.kind === 'kpi' ? (
                <InputNumber value={r.floor} onChange={(v) => v !== null && set(r.idx, { floor: v })} />
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Typography.Text type={sum === 100 ? 'success' : 'danger'}>
          {t('assessment.weightSum', { sum })}
        </Typography.Text>
        <Input
          placeholder={t('assessment.versionNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button
          type="primary"
          disabled={sum !== 100}
          loading={save.isPending}
          {...testId('template-save')}
          onClick={() =>
            save.mutate(
              {
                templateKey: tpl.templateKey,
                periodKind: tpl.periodKind === 'quarter' ? 'quarter' : 'month',
                nameZh: tpl.name.zh,
                nameEn: tpl.name.en,
                items,
                ...(note ? { note } : {}),
              },
              { onSuccess: () => void message.success(t('assessment.templateSaved')), onError: showError },
            )
          }
        >
          {t('assessment.saveVersion')}
        </Button>
      </Space>
    </Card>
  );
};
