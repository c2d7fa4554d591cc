import { InputNumber, type InputNumberProps } from 'antd';
import { groupTyped, ungroupTyped } from './money.ts';

type Props = Omit<InputNumberProps<string>, 'value' | 'onChange' | 'formatter' | 'parser' | 'stringMode'> & {
  value?: string;
  onChange?: (yuan: string) => void;
};

/**
 * A yuan field that groups thousands and shows ¥ while the user types. Its value stays the plain typed string
 * ("1234.5"), never a float, so `yuanToFen` turns it into exact fen on save; a drop-in for a Form.Item.
 */
export const MoneyInput = ({ value, onChange, style, ...rest }: Props) => (
  <InputNumber<string>
    {...rest}
    stringMode
    min="0"
    inputMode="decimal"
    style={{ width: 200, ...style }}
    value={value === '' ? null : value}
    formatter={(v) => groupTyped(v)}
    parser={(v) => ungroupTyped(v)}
    onChange={(v) => onChange?.(v ?? '')}
  />
);

/**
 * For an InputNumber whose value is a number of yuan (limits, estimated losses): ¥ and thousands separators while
 * typing, the number itself unchanged.
 */
export const YUAN_NUMBER_PROPS = {
  formatter: (v: number | string | undefined) => groupTyped(v),
  parser: (v: string | undefined) => ungroupTyped(v),
} as const;
