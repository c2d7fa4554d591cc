import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FraudSettings } from './api.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** Per signal, how the approved investigations it flagged ended (stacked bars): the evidence for tuning weights. */
export const PrecisionChart = ({ signals }: { signals: FraudSettings['signals'] }) => {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
    const series = (['confirmed', 'cleared', 'inconclusive'] as const).map((k) => ({
      name: t(`fraud.outcomes.${k}`),
      type: 'bar' as const,
      stack: 'outcome',
      data: signals.map((s) => s[k]),
    }));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 160, right: 20, top: 30, bottom: 20 },
      yAxis: { type: 'category', data: signals.map((s) => words(s.label)), inverse: true },
      xAxis: { type: 'value', minInterval: 1 },
      series,
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [signals, t, i18n.language]);
  return <div ref={ref} style={{ height: 360, width: '100%' }} data-testid="fraud-precision-chart" />;
};
