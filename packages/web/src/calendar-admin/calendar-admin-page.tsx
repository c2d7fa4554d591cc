import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Select, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCalendars, useCalendarYear } from './api.ts';
import { DayEditor } from './day-editor.tsx';
import { byDay, type DayInfo, missingNoticeYear } from './day-types.ts';
import { ImportModal } from './import-modal.tsx';
import { MonthGrid } from './month-grid.tsx';

/**
 * Calendar administration (C7): pick a calendar, see a month with its holidays, make-up days and branch days,
 * click a day to change it, import next year's notice with a preview. From 1 November a missing next-year notice
 * is announced by a banner (the server decides, on its clock).
 */
export const CalendarAdminPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const calendars = useCalendars();
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [picked, setPicked] = useState<{ day: string; info: DayInfo } | null>(null);
  const [importing, setImporting] = useState(false);
  const items = calendars.data?.items ?? [];
  const selected = items.find((c) => c.id === params.get('id')) ?? items[0];
  const year = useCalendarYear(selected?.id, month.year());
  const own = useMemo(() => byDay(year.data?.days ?? []), [year.data]);
  const base = useMemo(() => byDay(year.data?.baseDays ?? []), [year.data]);

  if (calendars.error) return <Result status="error" title={calendars.error.message} />;
  if (!calendars.data) return <Skeleton active />;
  if (!selected) return <Result status="404" title={t('common.pageNotFound')} />;
  const today = calendars.data.today;

  return (
    <Card
      title={t('calendar.title')}
      extra={
        selected.kind === 'national' &&
        selected.editable && (
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-open">
            {t('calendar.import')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        {selected.needsNextYearNotice && (
          <Alert
            type="warning"
            showIcon
            data-testid="notice-missing-banner"
            title={t('calendar.needsNotice', { year: missingNoticeYear(today, selected.publishedYears) })}
          />
        )}
        <Space wrap>
          <Typography.Text>{t('calendar.select')}</Typography.Text>
          <Select
            data-testid="calendar-select"
            aria-label={t('calendar.select')}
            style={{ minWidth: 260 }}
            value={selected.id}
            onChange={(id) => setParams({ id })}
            options={items.map((c) => ({
              value: c.id,
              label: `${c.name} (${c.kind === 'national' ? t('calendar.national') : t('calendar.branch')})`,
            }))}
          />
          {!selected.editable && <Tag>{t('calendar.readOnly')}</Tag>}
          <Typography.Text type="secondary">
            {t('calendar.published', { years: selected.publishedYears.slice(-3).join(', ') })} ·{' '}
            {t('calendar.version', { version: selected.version })}
          </Typography.Text>
        </Space>
        {selected.editable && <Typography.Text type="secondary">{t('calendar.hint')}</Typography.Text>}
        {year.error && <Alert type="error" showIcon title={year.error.message} />}
        <MonthGrid
          value={month}
          onPanelChange={setMonth}
          onPickDay={(day, info) => {
            if (selected.editable) setPicked({ day, info });
          }}
          own={own}
          base={base}
          weekendDays={selected.weekendDays}
        />
      </Flex>
      <DayEditor
        calendar={selected}
        day={picked?.day ?? null}
        info={picked?.info ?? null}
        onClose={() => setPicked(null)}
      />
      <ImportModal calendar={selected} open={importing} onClose={() => setImporting(false)} />
    </Card>
  );
};
