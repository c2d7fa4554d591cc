import { Button, Checkbox, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_KINDS, CASE_STATUSES, type CaseQuery, CHANNELS } from '../api/types.ts';

type Props = { query: CaseQuery; onChange: (patch: Partial<CaseQuery>) => void };

/** The filter bar; every change goes back to page 1 and into the URL. */
export const CaseFilters = ({ query, onChange }: Props) => {
  const { t } = useTranslation();
  const [text, setText] = useState(query.q ?? '');
  useEffect(() => setText(query.q ?? ''), [query.q]);
  const change = (patch: Partial<CaseQuery>) => onChange({ ...patch, page: 1 });

  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="case-filters">
      <Select
        allowClear
        style={{ width: 140 }}
        placeholder={t('cases.kind')}
        aria-label={t('cases.kind')}
        value={query.kind}
        data-testid="filter-kind"
        options={CASE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        onChange={(kind) => change({ kind })}
      />
      <Select
        allowClear
        style={{ width: 120 }}
        placeholder={t('cases.status')}
        aria-label={t('cases.status')}
        value={query.status}
        data-testid="filter-status"
        options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={(status) => change({ status })}
      />
      <Select
        allowClear
        style={{ width: 120 }}
        placeholder={t('cases.channel')}
        aria-label={t('cases.channel')}
        value={query.channel}
        data-testid="filter-channel"
        options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        onChange={(channel) => change({ channel })}
      />
      <Input.Search
        allowClear
        style={{ width: 260 }}
        placeholder={t('cases.searchPlaceholder')}
        value={text}
        data-testid="filter-q"
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => change({ q: value.trim() || undefined })}
      />
      <Checkbox
        checked={Boolean(query.mine)}
        data-testid="filter-mine"
        onChange={(e) => change({ mine: e.target.checked || undefined })}
      >
        {t('cases.onlyMine')}
      </Checkbox>
      <Button
        onClick={() =>
          change({ kind: undefined, status: undefined, channel: undefined, q: undefined, mine: undefined })
        }
      >
        {t('common.reset')}
      </Button>
    </Space>
  );
};
