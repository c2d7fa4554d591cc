import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Flex, Input, InputNumber, Select, Space, Switch, Table, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticlePicker } from '../knowledge/linked-articles.tsx';
import { formatTime } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type PackData, type PackKind, usePack, usePackVersions, useSavePack } from './api.ts';

type EditorProps<K extends PackKind> = { data: PackData[K]; onChange: (data: PackData[K]) => void };

const ForbiddenEditor = ({ data, onChange }: EditorProps<'forbidden'>) => {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<PackData['forbidden']['phrases'][number]>) =>
    onChange({ ...data, phrases: data.phrases.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      data-testid="forbidden-editor"
      dataSource={data.phrases}
      columns={[
        {
          title: t('hotline.admin.phrase'),
          width: 200,
          render: (_v, p, i) => (
            <Input
              value={p.phrase}
              aria-label={t('hotline.admin.phrase')}
              onChange={(e) => set(i, { phrase: e.target.value })}
            />
          ),
        },
        {
          title: t('hotline.admin.alternative'),
          render: (_v, p, i) => (
            <Input.TextArea
              autoSize
              value={p.alternative}
              aria-label={`${t('hotline.admin.alternative')}: ${p.phrase}`}
              onChange={(e) => set(i, { alternative: e.target.value })}
            />
          ),
        },
        {
          title: t('hotline.admin.severity'),
          width: 110,
          render: (_v, p, i) => (
            <Select
              value={p.severity}
              aria-label={`${t('hotline.admin.severity')}: ${p.phrase}`}
              onChange={(severity) => set(i, { severity })}
              options={(['critical', 'major', 'minor'] as const).map((s) => ({
                value: s,
                label: t(`hotline.severity.${s}`),
              }))}
            />
          ),
        },
        {
          title: t('hotline.admin.source'),
          width: 150,
          render: (_v, p) => <Typography.Text type="secondary">{p.source}</Typography.Text>,
        },
        {
          width: 48,
          render: (_v, p, i) => (
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t('hotline.admin.remove')}: ${p.phrase}`}
              onClick={() => onChange({ ...data, phrases: data.phrases.filter((_x, j) => j !== i) })}
            />
          ),
        },
      ]}
      footer={() => (
        <Button
          icon={<PlusOutlined />}
          data-testid="forbidden-add"
          onClick={() =>
            onChange({
              ...data,
              phrases: [
                ...data.phrases,
                {
                  id: `custom-${Date.now().toString(36)}`,
                  phrase: '',
                  alternative: '',
                  severity: 'major',
                  source: t('hotline.admin.editedSource'),
                  alternativeSource: 'authored',
                },
              ],
            })
          }
        >
          {t('hotline.admin.addPhrase')}
        </Button>
      )}
    />
  );
};

const StandardEditor = ({ data, onChange }: EditorProps<'standard'>) => {
  const { t } = useTranslation();
  const setArticles = (si: number, ids: string[]) =>
    onChange({
      ...data,
      situations: data.situations.map((s, i) => {
        if (i !== si) return s;
        const { articleIds: _old, ...rest } = s;
        return ids.length > 0 ? { ...rest, articleIds: ids } : rest;
      }),
    });
  const setSay = (si: number, step: number, say: string) =>
    onChange({
      ...data,
      situations: data.situations.map((s, i) =>
        i === si ? { ...s, steps: s.steps.map((st, j) => (j === step ? { ...st, say } : st)) } : s,
      ),
    });
  return (
    <Collapse
      size="small"
      items={data.situations.map((s, si) => ({
        key: s.id,
        label: `${s.title}（${s.source}）`,
        children: (
          <Flex vertical gap={8}>
            {s.steps
              .map((st, j) => ({ st, j, key: `${s.id}:${j}` }))
              .map(({ st, j, key }) => (
                <Input.TextArea
                  key={key}
                  autoSize
                  value={st.say}
                  aria-label={`${s.title} ${j + 1}`}
                  onChange={(e) => setSay(si, j, e.target.value)}
                />
              ))}
            <ArticlePicker
              value={s.articleIds}
              label={`${t('knowledge.linked.pick')}: ${s.title}`}
              onChange={(ids) => setArticles(si, ids)}
            />
          </Flex>
        ),
      }))}
    />
  );
};

const QaEditor = ({ data, onChange }: EditorProps<'qa'>) => {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<PackData['qa']['items'][number]>) =>
    onChange({ ...data, items: data.items.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={data.items}
      columns={[
        { title: t('hotline.admin.item'), render: (_v, x) => t(`hotline.item.${x.id}`) },
        {
          title: t('hotline.admin.weight'),
          width: 120,
          render: (_v, x, i) => (
            <InputNumber
              min={0}
              max={100}
              value={x.weight}
              aria-label={`${t('hotline.admin.weight')}: ${t(`hotline.item.${x.id}`)}`}
              onChange={(v) => set(i, { weight: v ?? 0 })}
            />
          ),
        },
        {
          title: t('hotline.admin.enabled'),
          width: 100,
          render: (_v, x, i) => (
            <Switch
              checked={x.enabled}
              aria-label={`${t('hotline.admin.enabled')}: ${t(`hotline.item.${x.id}`)}`}
              onChange={(enabled) => set(i, { enabled })}
            />
          ),
        },
        {
          title: t('hotline.admin.source'),
          render: (_v, x) => <Typography.Text type="secondary">{x.source}</Typography.Text>,
        },
      ]}
    />
  );
};

const EDITORS: { [K in PackKind]: (p: EditorProps<K>) => ReactNode } = {
  forbidden: ForbiddenEditor,
  standard: StandardEditor,
  qa: QaEditor,
};

/** Edits one pack and saves it as a new version with a note; the versions list shows who changed what when. */
export const PackEditor = <K extends PackKind>({ kind }: { kind: K }) => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const pack = usePack(kind);
  const versions = usePackVersions(kind);
  const save = useSavePack(kind);
  const [draft, setDraft] = useState<PackData[K] | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (pack.data) setDraft(structuredClone(pack.data.data));
  }, [pack.data]);
  if (!pack.data || !draft) return null;
  const Editor = EDITORS[kind] as (p: EditorProps<K>) => ReactNode;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {t('hotline.admin.inForce', { version: pack.data.version })}
      </Typography.Text>
      <Editor data={draft} onChange={setDraft} />
      <Space.Compact style={{ maxWidth: 640 }}>
        <Input
          placeholder={t('hotline.admin.note')}
          aria-label={t('hotline.admin.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-testid={`${kind}-note`}
        />
        <Button
          type="primary"
          loading={save.isPending}
          disabled={note.trim() === ''}
          data-testid={`${kind}-save`}
          onClick={() =>
            save.mutate(
              { baseVersion: pack.data.version, note: note.trim(), data: draft },
              {
                onSuccess: (p) => {
                  setNote('');
                  void message.success(t('hotline.admin.saved', { version: p.version }));
                },
                onError: showError,
              },
            )
          }
        >
          {t('hotline.admin.saveVersion')}
        </Button>
      </Space.Compact>
      <Table
        size="small"
        rowKey="version"
        pagination={{ pageSize: 5 }}
        dataSource={versions.data?.items ?? []}
        columns={[
          { title: t('hotline.admin.version'), dataIndex: 'version', width: 80 },
          { title: t('hotline.admin.note'), render: (_v, r) => r.note ?? t('hotline.admin.shipped') },
          { title: t('hotline.admin.by'), dataIndex: 'createdBy' },
          { title: t('hotline.admin.at'), render: (_v, r) => formatTime(r.createdAt) },
        ]}
      />
    </Flex>
  );
};
