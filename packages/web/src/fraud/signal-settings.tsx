import { Button, Input, InputNumber, Space, Switch, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type FraudSettings, useFraudSettings, useSaveFraudSettings } from './api.ts';
import { PrecisionChart } from './precision-chart.tsx';

type Row = FraudSettings['signals'][number];
type Values = FraudSettings['settings'];

/**
 * Head office tunes each signal (on/off, weight, parameters) beside its precision: how many flagged cases were
 * confirmed, cleared or inconclusive. A save is a new version with a note saying why.
 */
export const SignalSettings = () => {
  const { t, i18n } = useTranslation();
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const q = useFraudSettings(true);
  const save = useSaveFraudSettings();
  const { message, showError } = useFeedback();
  const [draft, setDraft] = useState<Values | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (q.data) setDraft(structuredClone(q.data.settings));
  }, [q.data]);
  if (!q.data || !draft) return null;
  const d = q.data;
  const edit = (code: string, patch: Partial<Values['signals'][string]>) =>
    setDraft({
      ...draft,
      signals: {
        ...draft.signals,
        [code]: { ...draft.signals[code], ...patch } as Values['signals'][string],
      },
    });
  const pct = (p: number | null) => (p === null ? '—' : `${Math.round(p * 100)}%`);
  return (
    <div {...testId('fraud-settings')}>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>
          {t('fraud.version')} {d.version}
        </span>
        <span>{t('fraud.threshold')}</span>
        <InputNumber
          min={1}
          max={draft.cap}
          value={draft.threshold}
          disabled={!d.editable}
          onChange={(v) => setDraft({ ...draft, threshold: v ?? draft.threshold })}
          {...testId('fraud-threshold')}
        />
        <span>{t('fraud.cap')}</span>
        <InputNumber
          min={1}
          max={100}
          value={draft.cap}
          disabled={!d.editable}
          onChange={(v) => setDraft({ ...draft, cap: v ?? draft.cap })}
        />
      </Space>
      <Table<Row>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={d.signals}
        columns={[
          { title: t('fraud.signal'), render: (_, r) => <span title={r.source}>{words(r.label)}</span> },
          {
            title: t('fraud.enabled'),
            render: (_, r) => (
              <Switch
                checked={draft.signals[r.code]?.enabled}
                disabled={!d.editable}
                onChange={(v) => edit(r.code, { enabled: v })}
              />
            ),
          },
          {
            title: t('fraud.weight'),
            render: (_, r) => (
              <InputNumber
                min={0}
                max={100}
                value={draft.signals[r.code]?.weight}
                disabled={!d.editable}
                onChange={(v) => edit(r.code, { weight: v ?? 0 })}
                {...testId(`fraud-weight-${r.code}`)}
              />
            ),
          },
          {
            title: t('fraud.params'),
            render: (_, r) =>
              r.params.map((p) => (
                <Space key={p.name} style={{ marginRight: 8 }}>
                  <span>{words(p.label)}</span>
                  <InputNumber
                    size="small"
                    min={p.min}
                    max={p.max}
                    value={draft.signals[r.code]?.params[p.name]}
                    disabled={!d.editable}
                    onChange={(v) =>
                      edit(r.code, { params: { ...draft.signals[r.code]?.params, [p.name]: v ?? p.min } })
                    }
                  />
                </Space>
              )),
          },
          {
            title: t('fraud.outcomesTitle'),
            render: (_, r) => (
              <span data-testid={`fraud-precision-${r.code}`}>
                <Tag color="red">{r.confirmed}</Tag>
                <Tag color="green">{r.cleared}</Tag>
                <Tag>{r.inconclusive}</Tag>
              </span>
            ),
          },
          { title: t('fraud.precision'), render: (_, r) => pct(r.precision) },
        ]}
      />
      {d.editable && (
        <Space style={{ marginTop: 12 }}>
          <Input
            placeholder={t('fraud.changeNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            style={{ width: 360 }}
            {...testId('fraud-settings-note')}
          />
          <Button
            type="primary"
            loading={save.isPending}
            disabled={note.trim().length < 2}
            onClick={() =>
              save.mutate(
                { baseVersion: d.version, note, settings: draft },
                {
                  onSuccess: () => {
                    setNote('');
                    void message.success(t('fraud.saved'));
                  },
                  onError: showError,
                },
              )
            }
            {...testId('fraud-settings-save')}
          >
            {t('fraud.save')}
          </Button>
        </Space>
      )}
      <h4 style={{ marginTop: 16 }}>{t('fraud.precisionChart')}</h4>
      <PrecisionChart signals={d.signals} />
      <h4>{t('fraud.history')}</h4>
      <Table
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={d.history}
        columns={[
          { title: t('fraud.version'), dataIndex: 'version' },
          { title: t('fraud.savedBy'), dataIndex: 'by' },
          { title: t('fraud.savedAt'), render: (_, h) => formatTime(h.at) },
          { title: t('fraud.changeNote'), dataIndex: 'note' },
          { title: t('fraud.changes'), render: (_, h) => h.changes.length },
        ]}
      />
    </div>
  );
};
