import { Card, Col, Row, Statistic, Tooltip, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiValue } from './api.ts';
import { formatKpi, kpiUnit } from './format.ts';
import { kpiFormula, kpiLabel } from './kpi-labels.ts';

/** One card per KPI: the value, what it was computed from, and the formula on hover. */
export const KpiCards = ({ values, testId }: { values: readonly KpiValue[]; testId: string }) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Row gutter={[12, 12]} data-testid={testId}>
      {values.map((v) => (
        <Col key={v.id} xs={12} md={8} xl={6}>
          <Tooltip title={kpiFormula(v.id)}>
            <Card size="small" data-testid={`kpi-${v.id}`}>
              <Statistic title={kpiLabel(v.id)} value={formatKpi(v) ?? t('home.noValue')} />
              {/* n of d for rates; a time or score's sums mean nothing on a card. */}
              {v.denominator !== null && v.denominator > 0 && kpiUnit(v.id) === 'ratio' && (
                <span style={{ fontSize: 12, color: token.colorTextSecondary }}>
                  {t('home.ofTotal', { n: Math.round(v.numerator), d: Math.round(v.denominator) })}
                </span>
              )}
            </Card>
          </Tooltip>
        </Col>
      ))}
    </Row>
  );
};
