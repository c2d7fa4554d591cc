import type { ProviderDirectoryKind } from '@claimline/domain/fraud';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete } from 'antd';
import { api } from '../api/client.ts';

type Provider = { id: string; kind: string; name: string };

/**
 * A repair shop or hospital: picked from the head-office list, or typed freely (the server matches either by the
 * normalised name, so "北京 安贞医院" and "北京安贞医院有限公司" are one place).
 */
export const ProviderInput = ({
  kind,
  value,
  onChange,
  testId,
}: {
  kind: ProviderDirectoryKind;
  value?: string;
  onChange?: (v: string) => void;
  testId: string;
}) => {
  const list = useQuery({
    queryKey: ['fraud', 'providers', kind],
    staleTime: 300_000,
    queryFn: ({ signal }) => api<Provider[]>('/api/fraud/providers', { query: { kind }, signal }),
  });
  return (
    <AutoComplete
      style={{ width: 260 }}
      value={value}
      onChange={onChange}
      maxLength={100}
      data-testid={testId}
      options={(list.data ?? []).map((p) => ({ value: p.name }))}
      filterOption={(input, option) => String(option?.value ?? '').includes(input.trim())}
    />
  );
};
