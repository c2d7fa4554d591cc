import { Calendar, Flex, Select, Tag, Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CalendarDayEntry } from '../api/types.ts';
import { type DayInfo, dayInfo } from './day-types.ts';

const TYPE_COLORS = { holiday: 'red', makeUpWorkday: 'blue', closed: 'volcano', open: 'geekblue' } as const;

const EntryTag = ({ entry, base }: { entry: CalendarDayEntry; base: boolean }) => {
  const { t } = useTranslation();
  return (
    <Tooltip title={base ? t('calendar.base', { name: entry.name }) : entry.name}>
      <Tag
        color={TYPE_COLORS[entry.type]}
        variant={base ? 'outlined' : 'solid'}
        style={{ marginInlineEnd: 0, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}
      >
        {t(`calendar.types.${entry.type}`)} · {entry.name}
      </Tag>
    </Tooltip>
  );
};

/** Years offered either side of the one on screen. */
const YEARS_AROUND = 5;

/**
 * The month and year pickers above the grid. Ant Design's own header leaves its two selects without a name
 * (WCAG 4.1.2); these say what they pick.
 */
const MonthHeader = ({ value, onChange }: { value: Dayjs; onChange: (date: Dayjs) => void }) => {
  const { t } = useTranslation();
  const years = Array.from({ length: 2 * YEARS_AROUND + 1 }, (_, i) => value.year() - YEARS_AROUND + i);
  return (
    <Flex gap={8} justify="end" style={{ padding: '8px 0' }}>
      <Select
        aria-label={t('calendar.year')}
        style={{ width: 100 }}
        value={value.year()}
        onChange={(y) => onChange(value.year(y))}
        options={years.map((y) => ({ value: y, label: String(y) }))}
      />
      <Select
        aria-label={t('calendar.month')}
        style={{ width: 100 }}
        value={value.month()}
        onChange={(m) => onChange(value.month(m))}
        options={Array.from({ length: 12 }, (_, m) => ({ value: m, label: value.month(m).format('MMM') }))}
      />
    </Flex>
  );
};

/**
 * One month of a calendar (antd Calendar): each day shows the branch's own entry, the national entry beneath it
 * (outlined), and a grey background when the desk does not work. Clicking a day asks to change it.
 */
export const MonthGrid = ({
  value,
  onPanelChange,
  onPickDay,
  own,
  base,
  weekendDays,
}: {
  value: Dayjs;
  onPanelChange: (value: Dayjs) => void;
  onPickDay: (day: string, info: DayInfo) => void;
  own: ReadonlyMap<string, CalendarDayEntry>;
  base: ReadonlyMap<string, CalendarDayEntry>;
  weekendDays: readonly number[];
}) => (
  <div data-testid="calendar-grid">
    <Calendar
      value={value}
      mode="month"
      headerRender={({ value: shown, onChange }) => <MonthHeader value={shown} onChange={onChange} />}
      onPanelChange={(date) => onPanelChange(date)}
      onSelect={(date, { source }) => {
        onPanelChange(date);
        if (source === 'date') {
          const day = date.format('YYYY-MM-DD');
          onPickDay(day, dayInfo(day, own, base, weekendDays));
        }
      }}
      cellRender={(current, info) => {
        if (info.type !== 'date') return info.originNode;
        const day = current.format('YYYY-MM-DD');
        const d = dayInfo(day, own, base, weekendDays);
        return (
          <div
            data-testid={`calendar-day-${day}`}
            data-working={d.working ? 'true' : 'false'}
            style={{
              minHeight: 40,
              borderRadius: 4,
              padding: 2,
              background: d.working ? undefined : 'rgba(0, 0, 0, 0.04)',
              display: 'flex',
              flexDirection: 'column',
              gap: 2,
            }}
          >
            {d.own && <EntryTag entry={d.own} base={false} />}
            {d.base && (!d.own || d.own.type !== d.base.type) && <EntryTag entry={d.base} base />}
          </div>
        );
      }}
    />
  </div>
);
