import { Alert, Checkbox, Form, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** The complainant count is "20 名以上" in art. 29 ¶2 (二), inclusive (art. 43 ¶1). */
const GROUP = 20;

/**
 * The facts of 办法 (2020) art. 29 asked at intake: how many complain together (and, face to face, through how many
 * representatives, art. 12), and whether a disaster lies behind it or the regulator designated it major. The
 * server decides whether it is major; the hint only says what it will see.
 */
export const MajorFields = ({
  faceToFaceGroup,
  regulator,
}: {
  faceToFaceGroup: boolean;
  regulator: boolean;
}) => {
  const { t } = useTranslation();
  const count = Form.useWatch('complainantCount') ?? 1;
  return (
    <>
      <Space size="large" wrap>
        <Form.Item name="complainantCount" label={t('complaints.major.complainantCount')}>
          <InputNumber min={1} max={100_000} precision={0} data-testid="intake-complainantCount" />
        </Form.Item>
        {faceToFaceGroup && (
          <Form.Item
            name="representatives"
            label={t('complaints.major.representatives')}
            extra={t('complaints.major.representativesHint')}
            rules={[{ type: 'number', min: 1, max: 5 }]}
          >
            <InputNumber min={1} max={5} precision={0} data-testid="intake-representatives" />
          </Form.Item>
        )}
      </Space>
      <Form.Item name="disasterRelated" valuePropName="checked">
        <Checkbox data-testid="intake-disasterRelated">{t('complaints.major.disaster')}</Checkbox>
      </Form.Item>
      {regulator && (
        <Form.Item name="regulatorDesignated" valuePropName="checked">
          <Checkbox data-testid="intake-regulatorDesignated">
            {t('complaints.major.regulatorDesignated')}
          </Checkbox>
        </Form.Item>
      )}
      {faceToFaceGroup && count >= GROUP && (
        <Alert
          type="warning"
          showIcon
          title={t('complaints.major.groupHint')}
          data-testid="intake-major-hint"
        />
      )}
    </>
  );
};
