import { Calendar, Tag, Tooltip } from 'antd';
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
