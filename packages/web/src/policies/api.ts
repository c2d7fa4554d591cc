import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, buildUrl } from '../api/client.ts';
import type { Answer, Answers } from '../api/types.ts';
import { currentLanguage, i18n } from '../i18n/index.ts';

export type PolicyImportSummary = Answers['PolicyImportSummary'];
export type PolicyImportStatus = PolicyImportSummary['status'];
export type ReportEntry = Answers['ReportEntry'];
export type PolicyImportDetail = Answers['PolicyImportDetail'];

const importsKey = ['policy-imports'] as const;

export const usePolicyImports = () =>
  useQuery({
    queryKey: [...importsKey, 'list'],
    queryFn: ({ signal }) => api<Answer<'/api/policy-imports', 'get'>>('/api/policy-imports', { signal }),
  });

// Progress is polled from the import row (any node answers) twice a second while the import runs.
const POLL_MS = 500;

export const usePolicyImport = (id: string | null) => {
  const client = useQueryClient();
  return useQuery({
    queryKey: [...importsKey, 'detail', id],
    queryFn: async ({ signal }) => {
      const detail = await api<PolicyImportDetail>(`/api/policy-imports/${encodeURIComponent(id ?? '')}`, {
        signal,
      });
      if (detail.status !== 'running') void client.invalidateQueries({ queryKey: [...importsKey, 'list'] });
      return detail;
    },
    enabled: id !== null,
    refetchInterval: (query) =>
      query.state.data?.status === 'running' || !query.state.data ? POLL_MS : false,
  });
};

/** Multipart upload: the one request of the console that is not JSON, so it does not go through `api`. */
const uploadFile = async ({ file, branchDefault }: { file: File; branchDefault?: string }) => {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(buildUrl('/api/policy-imports', { branchDefault }), {
      method: 'POST',
      body: form,
      headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('common.networkError'));
  }
  const body = (await response.json().catch(() => null)) as {
    id?: string;
    error?: { code: string; message: string };
  } | null;
  if (!response.ok || !body?.id) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? `HTTP_${response.status}`,
      body?.error?.message ?? i18n.t('common.httpError', { status: response.status }),
    );
  }
  return { id: body.id };
};

export const useUploadPolicies = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadFile,
    onSuccess: () => void client.invalidateQueries({ queryKey: [...importsKey, 'list'] }),
  });
};

export const reportUrl = (id: string, lang: 'zh' | 'en') =>
  buildUrl(`/api/policy-imports/${encodeURIComponent(id)}/report.csv`, { lang });
