import { replaceClause } from '@claimline/domain/scripts';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { HighlightedText } from './highlighted-text.tsx';
import { useGuard } from './use-guard.ts';

type Props = {
  /** Form field of the text; the override reason goes to `overrideReason`. */
  name: string;
  label: string;
  rules?: Rule[];
  rows?: number;
  /** data-testid prefix: `${testId}` on the text area, `-guard`, `-guard-hit`, `-suggestion`, `-replace`, `-override`. */
  testId: string;
  autoFocus?: boolean;
};

/**
 * A customer-visible text field with the forbidden-phrase guard (issue #5 part 3): every keystroke is checked in
 * the browser; hits are underlined with the standard alternative and a one-click replacement. Sending the text
 * with a hit left in it asks for an override reason, which the server logs and counts for QA; the server checks
 * the text again on save.
 */
export const GuardedTextArea = ({ name, label, rules, rows = 4, testId, autoFocus }: Props) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const text: string = Form.useWatch(name, form) ?? '';
  const { check } = useGuard();
  const hits = check(text);
  // The whole clause the hit stands in is replaced, so the sentence still reads (domain replaceClause).
  const replace = (start: number, end: number, alternative: string) => {
    form.setFieldValue(name, replaceClause(text, start, end, alternative).text);
    void form.validateFields([name]).catch(() => undefined);
  };
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        rules={rules}
        style={{ marginBottom: hits.length > 0 ? 8 : undefined }}
      >
        <Input.TextArea rows={rows} autoFocus={autoFocus} data-testid={testId} />
      </Form.Item>
      {hits.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid={`${testId}-guard`}
          style={{ marginBottom: 12 }}
          title={t('hotline.guard.title', { count: hits.length })}
          description={
            <Flex vertical gap={8}>
              <Typography.Text>
                <HighlightedText text={text} hits={hits} testId={`${testId}-guard-hit`} />
              </Typography.Text>
              {hits.map((h) => (
                <Flex
                  key={`${h.phraseId}-${h.start}`}
                  gap={8}
                  align="baseline"
                  wrap
                  data-testid={`${testId}-suggestion`}
                >
                  <Typography.Text delete type="danger">
                    {text.slice(h.start, h.end)}
                  </Typography.Text>
                  <Typography.Text>→ {h.alternative}</Typography.Text>
                  <Button
                    size="small"
                    type="link"
                    data-testid={`${testId}-replace`}
                    onClick={() => replace(h.start, h.end, h.alternative)}
                  >
                    {t('hotline.guard.replace')}
                  </Button>
                </Flex>
              ))}
            </Flex>
          }
        />
      )}
      {hits.length > 0 && (
        <Form.Item
          name="overrideReason"
          label={t('hotline.guard.overrideReason')}
          extra={t('hotline.guard.overrideHint')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('hotline.guard.overrideRequired') }]}
        >
          <Input maxLength={500} data-testid={`${testId}-override`} />
        </Form.Item>
      )}
    </>
  );
};
