import { CLAIM_TYPE_LABELS, CLAIM_TYPES } from '@claimline/domain/claim-applications';
import {
  DOCUMENT_TICK_LABELS,
  DOCUMENT_TICKS,
  EXPLANATION_TOPIC_LABELS,
  EXPLANATION_TOPICS,
  VISIT_PURPOSE_LABELS,
  VISIT_PURPOSES,
} from '@claimline/domain/front-desk';
import { Alert, Button, Checkbox, Form, Input, Radio, Rate, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { inLanguage } from '../knowledge/api.ts';
import { LinkedArticles } from '../knowledge/linked-articles.tsx';
import { useMove, type Visit, type VisitMove } from './api.ts';

type Values = Omit<VisitMove, 'event' | 'version' | 'documents'> & {
  ticks?: Record<string, 'received' | 'toBring'>;
};

const label = (l: { zh: string; en: string }) => inLanguage(l);

/** The fields of the current stage only: the console offers the next stage and nothing else. */
const Fields = ({ visit }: { visit: Visit }) => {
  const { t } = useTranslation();
  const purpose = Form.useWatch('purpose');
  switch (visit.state) {
    case 'collection':
      return (
        <>
          <Form.Item name="purpose" label={t('frontDesk.purpose')} rules={[{ required: true }]}>
            <Radio.Group data-testid="visit-purpose">
              {VISIT_PURPOSES.map((p) => (
                <Radio key={p} value={p} data-testid={`purpose-${p}`}>
                  {label(VISIT_PURPOSE_LABELS[p])}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          {purpose === 'claim' && (
            <Form.Item name="claimType" label={t('frontDesk.claimType')} rules={[{ required: true }]}>
              <Select
                data-testid="visit-claim-type"
                options={CLAIM_TYPES.map((c) => ({ value: c, label: label(CLAIM_TYPE_LABELS[c]) }))}
              />
            </Form.Item>
          )}
          <Form.Item name="policyNo" label={t('frontDesk.policyNo')}>
            <Input maxLength={40} data-testid="visit-policy-no" />
          </Form.Item>
          <Form.Item name="summary" label={t('frontDesk.summary')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="visit-summary" />
          </Form.Item>
        </>
      );
    case 'verification':
      return (
        <>
          <Form.Item name="idNumber" label={t('frontDesk.idNumber')} rules={[{ required: true, len: 18 }]}>
            <Input maxLength={18} data-testid="visit-id-number" />
          </Form.Item>
          <Form.Item name="identityChecked" valuePropName="checked" rules={[{ required: true }]}>
            <Checkbox data-testid="visit-id-checked">{t('frontDesk.identityChecked')}</Checkbox>
          </Form.Item>
        </>
      );
    case 'assessment':
      return (
        <Form.Item name="assessment" label={t('frontDesk.assessment')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="visit-assessment" />
        </Form.Item>
      );
    case 'explanation':
      return visit.library.length === 0 ? (
        <Alert type="warning" title={t('frontDesk.noLibrary')} />
      ) : (
        <Form.Item
          name="explanationIds"
          label={t('frontDesk.chooseExplanations')}
          rules={[{ required: true }]}
        >
          <Checkbox.Group style={{ width: '100%' }}>
            <Space orientation="vertical">
              {EXPLANATION_TOPICS.map((topic) => (
                <div key={topic}>
                  <Typography.Text strong>{label(EXPLANATION_TOPIC_LABELS[topic])}</Typography.Text>
                  {visit.library
                    .filter((e) => e.topic === topic)
                    .map((e) => (
                      <div key={e.id}>
                        <Checkbox value={e.id} data-testid={`explain-${e.title}`}>
                          <Typography.Text>{e.title}</Typography.Text>
                          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                            {e.body}
                          </Typography.Paragraph>
                        </Checkbox>
                      </div>
                    ))}
                </div>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
      );
    case 'documents':
      return visit.documents.length === 0 ? (
        <Alert type="info" title={t('frontDesk.noDocuments')} />
      ) : (
        <>
          <Typography.Text strong>{t('frontDesk.documents')}</Typography.Text>
          {visit.documents.map((d) => (
            <Form.Item
              key={d.id}
              name={['ticks', d.id]}
              label={label(d.label)}
              rules={[{ required: true }]}
              extra={<LinkedArticles ids={d.articleIds} testId={`doc-${d.id}-articles`} />}
            >
              <Radio.Group data-testid={`doc-${d.id}`}>
                {DOCUMENT_TICKS.map((k) => (
                  <Radio key={k} value={k} data-testid={`doc-${d.id}-${k}`}>
                    {label(DOCUMENT_TICK_LABELS[k])}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          ))}
        </>
      );
    case 'followUp':
      return (
        <>
          <Form.Item name="followUp" label={t('frontDesk.followUp')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="visit-follow-up" />
          </Form.Item>
          <Form.Item label={t('frontDesk.linkedCase')}>
            <Space>
              <Form.Item name="linkedCaseNumber" noStyle>
                <Input maxLength={40} data-testid="visit-linked-case" />
              </Form.Item>
              <Link to="/claim-reports/new" target="_blank">
                {t('frontDesk.newClaimReport')}
              </Link>
            </Space>
          </Form.Item>
        </>
      );
    case 'feedback':
      return (
        <>
          <Form.Item name="satisfaction" label={t('frontDesk.satisfaction')} rules={[{ required: true }]}>
            <Rate data-testid="visit-satisfaction" />
          </Form.Item>
          <Form.Item name="comment" label={t('frontDesk.comment')}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="visit-comment" />
          </Form.Item>
        </>
      );
    default:
      return null;
  }
};

const bodyOf = (v: Values, visit: Visit): Omit<VisitMove, 'event' | 'version'> => {
  const { ticks, linkedCaseNumber, ...rest } = v;
  return {
    ...rest,
    ...(linkedCaseNumber ? { linkedCaseNumber } : {}),
    ...(visit.state === 'documents'
      ? { documents: Object.entries(ticks ?? {}).map(([id, tick]) => ({ id, tick })) }
      : {}),
  };
};

/** The current stage's form and its one button: the move the server offers now. */
export const StageForm = ({ visit }: { visit: Visit }) => {
  const [form] = Form.useForm<Values>();
  const move = useMove(visit.id);
  const offered = visit.moves[0];
  if (!offered) return null;
  return (
    <Form key={visit.state} form={form} layout="vertical" style={{ maxWidth: 640 }}>
      <Fields visit={visit} />
      <Button
        type="primary"
        disabled={!offered.allowed}
        loading={move.isPending}
        data-testid="visit-next"
        title={offered.reason ? label(offered.reason) : undefined}
        onClick={() =>
          void form.validateFields().then((v) =>
            move.mutate({
              event: offered.event as VisitMove['event'],
              version: visit.version,
              ...bodyOf(v, visit),
            }),
          )
        }
      >
        {label(offered.label)}
      </Button>
    </Form>
  );
};
