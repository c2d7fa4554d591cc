import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { Button, Dropdown, Modal, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import { testId } from './format.ts';
import { useFeedback } from './use-feedback.ts';

type QueryValue = string | number | boolean | null | undefined;
type Format = 'xlsx' | 'csv';
type ExportJob = {
  id: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  fileName: string;
};

const POLL_MS = 500;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The browser saves the finished file under the server's name (content-disposition). */
const download = (jobId: string) => {
  const a = document.createElement('a');
  a.href = `/api/export-jobs/${jobId}/file`;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
};

/**
 * The 导出 button of every list: the list's current filters go to the server's export of that list, which runs
 * in the background; the progress bar shows the rows written (a 1 M-row export takes a while), then the file is
 * downloaded. Paging is not sent: an export is every row the filters select.
 */
export const ExportButton = ({ list, filters }: { list: string; filters: Record<string, QueryValue> }) => {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [job, setJob] = useState<ExportJob | null>(null);

  const run = async (format: Format) => {
    const { page: _page, pageSize: _size, ...rest } = filters;
    const lang = currentLanguage() === 'en' ? 'en' : 'zh';
    try {
      let current = await api<ExportJob>(`/api/exports/${list}/jobs`, {
        method: 'POST',
        query: { ...rest, format, lang },
      });
      setJob(current);
      while (current.state === 'running') {
        await wait(POLL_MS);
        current = await api<ExportJob>(`/api/export-jobs/${current.id}`);
        setJob(current);
      }
      if (current.state === 'failed') throw new Error(t('listExport.failed'));
      download(current.id);
      void feedback.message.success(t('listExport.done', { done: current.done }));
    } catch (err) {
      feedback.showError(err);
    } finally {
      setJob(null);
    }
  };

  const percent = job && job.total > 0 ? Math.min(100, Math.floor((job.done / job.total) * 100)) : 0;
  return (
    <>
      <Dropdown
        menu={{
          items: [
            { key: 'xlsx', label: t('listExport.excel'), ...testId(`export-${list}-xlsx`) },
            { key: 'csv', label: t('listExport.csv'), ...testId(`export-${list}-csv`) },
          ],
          onClick: ({ key }) => void run(key === 'csv' ? 'csv' : 'xlsx'),
        }}
        disabled={job !== null}
      >
        <Button icon={<ExportOutlined />} loading={job !== null} {...testId(`export-${list}`)}>
          {t('listExport.button')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={job !== null}
        title={t('listExport.title')}
        footer={null}
        closable={false}
        mask={{ closable: false }}
      >
        <Progress percent={percent} status="active" {...testId('export-progress')} />
        <Typography.Text type="secondary">
          {t('listExport.progress', { done: job?.done ?? 0, total: job?.total ?? 0 })}
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">{t('listExport.hint')}</Typography.Text>
      </Modal>
    </>
  );
};
