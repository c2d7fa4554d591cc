import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth.ts';
import { usePreferences, useSaveColumns } from '../api/preferences.ts';

/**
 * Which columns of a list a user hides (issue #21 part 4): kept on the server per person, so the choice follows
 * them to another browser; this browser's localStorage, under the user's id, is only a cache that shows the last
 * choice before the server answers (a display choice only, no personal data).
 */
const storageKey = (userId: string, table: string) => `claimline.columns.${userId}.${table}`;

const readHidden = (key: string, fallback: readonly string[]): string[] => {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [...fallback];
  } catch {
    return [...fallback];
  }
};

const cache = (key: string, hidden: readonly string[]) => {
  try {
    window.localStorage.setItem(key, JSON.stringify(hidden));
  } catch {
    // storage unavailable: the server still remembers the choice
  }
};

/** The hidden column keys of one list for the signed-in user, and a setter that remembers the choice. */
export const useHiddenColumns = (table: string, hiddenByDefault: readonly string[] = []) => {
  const { data: me } = useMe();
  const key = storageKey(me?.id ?? 'anonymous', table);
  const prefs = usePreferences(me !== undefined);
  const save = useSaveColumns();
  const [state, setState] = useState(() => ({ key, hidden: readHidden(key, hiddenByDefault) }));
  const stored = prefs.data?.columns[table];
  // The server's choice wins once it is known; until then (or offline) the cached one, then the list's defaults.
  const local = state.key === key ? state.hidden : readHidden(key, hiddenByDefault);
  const hidden = stored ?? local;
  useEffect(() => {
    if (stored) cache(key, stored);
  }, [key, stored]);
  const setHidden = (next: string[]) => {
    setState({ key, hidden: next });
    cache(key, next);
    if (me) save.mutate({ list: table, hidden: next });
  };
  return [hidden, setHidden] as const;
};

/** The columns a table shows: those not hidden; a column without a key is always shown. */
export const visibleColumns = <T,>(
  columns: TableColumnsType<T>,
  hidden: readonly string[],
): TableColumnsType<T> => columns.filter((c) => c.key === undefined || !hidden.includes(String(c.key)));

/** The 列 button: a checkbox per column; the first (the row's identity) cannot be hidden. */
export const ColumnChooser = ({
  options,
  hidden,
  onChange,
  testId,
}: {
  options: readonly { key: string; label: string }[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
  testId: string;
}) => {
  const { t } = useTranslation();
  const [first] = options;
  return (
    <Popover
      trigger="click"
      title={t('columns.title')}
      content={
        <Flex vertical gap={4} data-testid={`${testId}-options`}>
          {options.map((o) => (
            <Checkbox
              key={o.key}
              checked={!hidden.includes(o.key)}
              disabled={o.key === first?.key}
              data-testid={`${testId}-${o.key}`}
              onChange={(e) =>
                onChange(e.target.checked ? hidden.filter((k) => k !== o.key) : [...hidden, o.key])
              }
            >
              {o.label}
            </Checkbox>
          ))}
        </Flex>
      }
    >
      <Button icon={<SettingOutlined />} data-testid={testId}>
        {t('columns.choose')}
      </Button>
    </Popover>
  );
};

/** The chooser's entries from a table's own columns (those with a key and a text title). */
export const chooserOptions = <T,>(columns: TableColumnsType<T>): { key: string; label: string }[] =>
  columns.flatMap((c) =>
    c.key !== undefined && typeof c.title === 'string' ? [{ key: String(c.key), label: c.title }] : [],
  );
