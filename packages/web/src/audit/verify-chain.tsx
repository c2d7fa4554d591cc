import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVerifyAudit } from '../api/audit.ts';
import { formatTime } from '../shell/format.ts';

/** Recomputes the hash chain of the audit log on the server and says whether it is intact. */
export const VerifyChain = () => {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Space wrap>
      <Button
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
        data-testid="audit-verify"
      >
        {t('audit.verify')}
      </Button>
      {result && (
        <Alert
          showIcon
          type={result.ok ? 'success' : 'error'}
          data-testid="audit-verify-result"
          data-ok={String(result.ok)}
          title={
            result.ok
              ? t('audit.verifyOk', { checked: result.checked })
              : t('audit.verifyBroken', { id: result.firstBrokenId ?? '?', checked: result.checked })
          }
          description={
            <>
              {result.reason && <div>{t(`audit.breakReason.${result.reason}`)}</div>}
              <div>
                {result.checkpoints.latestId
                  ? t('audit.checkpointHeld', {
                      count: result.checkpoints.count,
                      id: result.checkpoints.latestId,
                      at: formatTime(result.checkpoints.latestAt),
                    })
                  : t('audit.noCheckpoint')}
              </div>
            </>
          }
        />
      )}
      {verify.error && <Alert showIcon type="error" title={verify.error.message} />}
    </Space>
  );
};
