import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from './api.ts';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** Daily mean QA score and forbidden-phrase hits (ECharts, tree-shaken to the line chart). */
export const TrendChart = ({ points }: { points: readonly TrendPoint[] }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('hotline.qa.score'), t('hotline.qa.hits')] },
      grid: { left: 40, right: 40, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: points.map((p) => p.day.slice(5)) },
      yAxis: [
        { type: 'value', min: 0, max: 100 },
        { type: 'value', minInterval: 1 },
      ],
      series: [
        { name: t('hotline.qa.score'), type: 'line', data: points.map((p) => p.avgScore) },
        {
          name: t('hotline.qa.hits'),
          type: 'line',
          yAxisIndex: 1,
          data: points.map((p) => p.hits),
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
  }, [points, t]);
  return <div ref={ref} style={{ height: 280, width: '100%' }} data-testid="qa-trend" />;
};
