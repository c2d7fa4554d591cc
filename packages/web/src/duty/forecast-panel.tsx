import { DAY_CLASSES, DEFAULT_SHRINKAGE } from '@claimline/domain/duty';
import { Alert, DatePicker, InputNumber, Radio, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { oneOf } from '../api/types.ts';
import { type DutyForecast, type ForecastModel, useForecast } from './api.ts';
import { today } from './labels.ts';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  CanvasRenderer,
]);

const UNDER = '#ff4d4f';

/** Needed (Erlang C or A, with shrinkage) against staffed agents per half hour; under-staffed bars in red. */
const ForecastChart = ({ forecast }: { forecast: DutyForecast }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const labels = forecast.intervals.map((i) => i.start);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: {
        top: 0,
        data: [t('duty.forecast.staffed'), t('duty.forecast.needed'), t('duty.forecast.calls')],
      },
      grid: { left: 40, right: 50, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: labels },
      yAxis: [
        { type: 'value', minInterval: 1, name: t('duty.forecast.staffed') },
        { type: 'value', name: t('duty.forecast.calls') },
      ],
      series: [
        {
          name: t('duty.forecast.staffed'),
          type: 'bar',
          data: forecast.intervals.map((i) => ({
            value: i.staffed,
            itemStyle: i.under ? { color: UNDER } : undefined,
          })),
        },
        {
          name: t('duty.forecast.needed'),
          type: 'line',
          step: 'middle',
          data: forecast.intervals.map((i) => i.needed),
          markArea: {
            silent: true,
            itemStyle: { color: 'rgba(255, 77, 79, 0.08)' },
            data: forecast.intervals
              .filter((i) => i.under)
              .map((i) => [{ xAxis: i.start }, { xAxis: i.start }]),
          },
        },
        {
          name: t('duty.forecast.calls'),
          type: 'line',
          yAxisIndex: 1,
          data: forecast.intervals.map((i) => Math.round(i.calls * 10) / 10),
          lineStyle: { type: 'dashed' },
        },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [forecast, t]);
  return <div ref={ref} style={{ height: 320, width: '100%' }} data-testid="duty-forecast-chart" />;
};

/** The forecast of a chosen day of the month; the manager compares it with the plan before publishing (第二条). */
export const ForecastPanel = ({ month, branchId }: { month: string; branchId?: string }) => {
  const { t } = useTranslation();
  const now = today();
  const [date, setDate] = useState(now.startsWith(month) ? now : `${month}-01`);
  const [model, setModel] = useState<ForecastModel>('erlangC');
  const [shrinkage, setShrinkage] = useState<number>(DEFAULT_SHRINKAGE);
  const forecast = useForecast({ date, model, shrinkage, branchId });
  const under = forecast.data?.intervals.filter((i) => i.under).length ?? 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>{t('duty.forecast.date')}</span>
        <DatePicker
          allowClear={false}
          value={dayjs(date)}
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
          data-testid="duty-forecast-date"
        />
        <Radio.Group value={model} onChange={(e) => setModel(e.target.value)} optionType="button">
          <Radio value="erlangC">{t('duty.forecast.erlangC')}</Radio>
          <Radio value="erlangA" data-testid="duty-forecast-erlangA">
            {t('duty.forecast.erlangA')}
          </Radio>
        </Radio.Group>
        <span>{t('duty.forecast.shrinkage')}</span>
        <InputNumber
          min={0}
          max={0.9}
          step={0.05}
          value={shrinkage}
          onChange={(v) => v !== null && setShrinkage(v)}
          data-testid="duty-forecast-shrinkage"
        />
      </Space>
      {forecast.isLoading && <Spin />}
      {forecast.data && (
        <>
          <Typography.Text type="secondary">
            {t('duty.forecast.basedOn', {
              days: forecast.data.basedOn.join('、'),
              dayClass: oneOf(DAY_CLASSES, forecast.data.dayClass)
                ? t(`duty.forecast.dayClass.${forecast.data.dayClass}`)
                : '',
            })}
          </Typography.Text>
          {forecast.data.planId === null && <Alert type="info" showIcon title={t('duty.forecast.noPlan')} />}
          <Typography.Text type={under > 0 ? 'danger' : 'secondary'} data-testid="duty-forecast-under">
            {t('duty.forecast.underCount', { n: under })}
          </Typography.Text>
          <ForecastChart forecast={forecast.data} />
        </>
      )}
    </Space>
  );
};
