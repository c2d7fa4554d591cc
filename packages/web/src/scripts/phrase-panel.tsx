import type { StandardSituation } from '@claimline/domain/scripts';
import { fillTemplate, templateVariables } from '@claimline/domain/scripts';
import { Card, Empty, Flex, Input, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth.ts';
import { LinkedArticles } from '../knowledge/linked-articles.tsx';
import { useDesk } from './api.ts';

export type PhraseVars = {
  lineName: string;
  agentNo: string;
  surname: string;
  title: string;
  hours: number;
  branchName: string;
  department: string;
  request: string;
};

const PHRASE_VARS = [
  'lineName',
  'agentNo',
  'surname',
  'title',
  'hours',
  'branchName',
  'department',
  'request',
] as const satisfies readonly (keyof PhraseVars)[];
const isPhraseVar = (name: string): name is (typeof PHRASE_VARS)[number] =>
  (PHRASE_VARS as readonly string[]).includes(name);

/**
 * Fills a line; a variable still unknown (no surname yet, the request the agent restates) stays visible as
 * 【客户姓氏】 (its label, or its name when no label is given) instead of failing.
 */
export const fillLine = (
  line: string,
  vars: Partial<Record<keyof PhraseVars, string | number>>,
  label: (name: string) => string = (name) => name,
): string => {
  const known = Object.fromEntries(
    templateVariables(line).map((v) => {
      const value = vars[v as keyof PhraseVars];
      return [v, value === undefined || String(value).trim() === '' ? `【${label(v)}】` : value];
    }),
  );
  return fillTemplate(line, known);
};

const AFTER_TAG = {
  hangUp: 'hotline.phrases.afterHangUp',
  reportToSupervisorIfUnresolved: 'hotline.phrases.afterReport',
  waitForCustomerHangUp: 'hotline.phrases.afterWait',
} as const;

const Steps = ({ situation, vars }: { situation: StandardSituation; vars: Partial<PhraseVars> }) => {
  const { t } = useTranslation();
  const label = (name: string) => (isPhraseVar(name) ? t(`hotline.phrases.var.${name}`) : name);
  return (
    <Flex vertical gap={8} data-testid="phrase-steps">
      {situation.steps.map((step) => (
        <div key={step.say}>
          <Typography.Paragraph style={{ fontSize: 16, marginBottom: 4 }} data-testid="phrase-line">
            {fillLine(step.say, vars, label)}
          </Typography.Paragraph>
          {step.or?.map((o) => (
            <Typography.Paragraph key={o} type="secondary" style={{ marginBottom: 4 }}>
              {t('hotline.phrases.or')} {fillLine(o, vars, label)}
            </Typography.Paragraph>
          ))}
          <Space size={4}>
            {step.waitSeconds && <Tag color="blue">{t('hotline.phrases.wait', { s: step.waitSeconds })}</Tag>}
            {step.after && <Tag color="orange">{t(AFTER_TAG[step.after])}</Tag>}
          </Space>
        </div>
      ))}
      {situation.note && <Typography.Text type="secondary">{situation.note}</Typography.Text>}
      <LinkedArticles ids={situation.articleIds} testId="phrase-articles" />
    </Flex>
  );
};

/**
 * The agent desk's phrase panel (issue #5 part 1): the standard phrase for the situation at hand, with the line
 * name, the agent's number, the caller's surname and title and the promised reply hours filled in.
 */
export const PhrasePanel = ({
  initialSurname = '',
  initialSituation = 'greeting',
}: {
  initialSurname?: string;
  initialSituation?: string;
}) => {
  const { t } = useTranslation();
  const desk = useDesk();
  const { data: me } = useMe();
  const [situationId, setSituationId] = useState(initialSituation);
  const [surname, setSurname] = useState(initialSurname);
  const [title, setTitle] = useState('先生');
  const data = desk.data;
  const situation = data?.standard.data.situations.find((s) => s.id === situationId);
  const vars: Partial<PhraseVars> = {
    lineName: data?.settings.lineName,
    agentNo: data?.agentNo ?? undefined,
    hours: data?.settings.complaintReplyHours,
    surname,
    title,
    branchName: me?.branchName,
  };
  return (
    <Card
      title={t('hotline.phrases.title')}
      size="small"
      data-testid="phrase-panel"
      extra={data && <Typography.Text type="secondary">v{data.standard.version}</Typography.Text>}
      loading={desk.isPending}
    >
      <Flex vertical gap={12}>
        <Select
          showSearch
          optionFilterProp="label"
          value={situationId}
          onChange={setSituationId}
          aria-label={t('hotline.phrases.situation')}
          data-testid="phrase-situation"
          options={data?.standard.data.situations.map((s) => ({ value: s.id, label: s.title })) ?? []}
        />
        <Space wrap>
          <Input
            style={{ width: 120 }}
            placeholder={t('hotline.phrases.surname')}
            value={surname}
            maxLength={4}
            onChange={(e) => setSurname(e.target.value.trim())}
            data-testid="phrase-surname"
          />
          <Segmented value={title} onChange={(v) => setTitle(String(v))} options={['先生', '女士', '小姐']} />
        </Space>
        {situation ? <Steps situation={situation} vars={vars} /> : <Empty />}
      </Flex>
    </Card>
  );
};
