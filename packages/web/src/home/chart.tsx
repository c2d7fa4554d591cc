import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type Series = { name: string; data: (number | null)[]; type?: 'bar' | 'line'; stack?: string };

/**
 * A bar or line chart (ECharts, tree-shaken) whose every bar and point can be clicked: `onPick` gets the category
 * index and the series index, and the page opens the rows behind it.
 */
export const Chart = ({
  categories,
  series,
  onPick,
  testId,
  height = 260,
}: {
  categories: readonly string[];
  series: readonly Series[];
  onPick?: (categoryIndex: number, seriesIndex: number) => void;
  testId: string;
  height?: number;
}) => {
  const ref = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: [...categories] },
      yAxis: { type: 'value' },
      series: series.map((s) => ({
        name: s.name,
        type: s.type ?? 'bar',
        data: s.data,
        ...(s.stack ? { stack: s.stack } : {}),
      })),
    });
    chart.on('click', (p) => pick.current?.(p.dataIndex, p.seriesIndex ?? 0));
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [categories, series]);
  return (
    <div
      ref={ref}
      style={{ height, width: '100%', cursor: onPick ? 'pointer' : undefined }}
      data-testid={testId}
      data-categories={categories.length}
    />
  );
};
