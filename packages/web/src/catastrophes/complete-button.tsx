import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type CatastropheReport, useCompleteReport } from './api.ts';

/**
 * The follow-up of a short report: the rest of the seed's list is taken on the full report form (opened from here),
 * then the short report is marked completed with the full report's number.
 */
export const CompleteButton = ({ report }: { report: CatastropheReport }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  const complete = useCompleteReport();
  const { message, showError } = useFeedback();
  if (report.completed) return null;
  return (
    <>
      <Button size="small" data-testid={`complete-${report.number}`} onClick={() => setOpen(true)}>
        {t('catastrophes.complete')}
      </Button>
      <Modal
        open={open}
        title={t('catastrophes.completeTitle', { number: report.number })}
        okButtonProps={{ ...testId('complete-submit'), disabled: !number.trim() }}
        confirmLoading={complete.isPending}
        onCancel={() => setOpen(false)}
        onOk={() =>
          complete.mutate(
            { id: report.catastropheId, body: { caseId: report.caseId, claimReportNumber: number.trim() } },
            {
              onSuccess: () => {
                void message.success(t('catastrophes.completedOk'));
                setOpen(false);
              },
              onError: showError,
            },
          )
        }
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('catastrophes.completeHint')} <Link to="/claim-reports/new">{t('catastrophes.openIntake')}</Link>
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('catastrophes.fullReportNumber')} required>
            <Input value={number} onChange={(e) => setNumber(e.target.value)} maxLength={40} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};
