import { PROVIDER_DIRECTORY_KINDS, type ProviderDirectoryKind } from '@claimline/domain/fraud';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, List, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api/client.ts';

type Provider = { id: string; kind: string; name: string };

/**
 * The head-office list of repair shops and hospitals the claim-report form offers (issue #22). Adding a name that
 * normalises like one already listed ("XX汽修有限公司" and "XX 汽修") is refused by the server.
 */
export const ProviderDirectory = () => {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ProviderDirectoryKind>('repairShop');
  const [name, setName] = useState('');
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['fraud', 'providers', kind],
    queryFn: ({ signal }) => api<Provider[]>('/api/fraud/providers', { query: { kind }, signal }),
  });
  const add = useMutation({
    mutationFn: () => api<Provider>('/api/fraud/providers', { body: { kind, name: name.trim() } }),
    onSuccess: async () => {
      setName('');
      await client.invalidateQueries({ queryKey: ['fraud', 'providers'] });
    },
  });
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }} data-testid="fraud-providers">
      <Segmented
        value={kind}
        onChange={(v) => setKind(v as ProviderDirectoryKind)}
        options={PROVIDER_DIRECTORY_KINDS.map((k) => ({ value: k, label: t(`fraud.providerKind.${k}`) }))}
      />
      <Space.Compact style={{ width: '100%' }}>
        <Input
          value={name}
          maxLength={100}
          placeholder={t('fraud.providerName')}
          onChange={(e) => setName(e.target.value)}
          data-testid="fraud-provider-name"
        />
        <Button
          type="primary"
          disabled={!name.trim()}
          loading={add.isPending}
          onClick={() => add.mutate()}
          data-testid="fraud-provider-add"
        >
          {t('fraud.providerAdd')}
        </Button>
      </Space.Compact>
      {add.error && (
        <Alert type="error" message={isApiError(add.error) ? add.error.message : String(add.error)} />
      )}
      <List
        size="small"
        bordered
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('fraud.providerEmpty') }}
        renderItem={(p) => <List.Item>{p.name}</List.Item>}
      />
    </Space>
  );
};
