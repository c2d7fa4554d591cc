import { GraphChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { FraudRingGraph } from './api.ts';

echarts.use([GraphChart, TooltipComponent, LegendComponent, CanvasRenderer]);

type Node = FraudRingGraph['nodes'][number];

/**
 * One ring drawn with ECharts' graph series (force layout): claims and the things they share, each with the words
 * `labelOf` gives (masked values only). A click on a node hands it to `onPick`.
 */
export const RingChart = ({
  graph,
  labelOf,
  categoryOf,
  categories,
  onPick,
}: {
  graph: FraudRingGraph;
  labelOf: (node: Node) => string;
  categoryOf: (node: Node) => number;
  categories: readonly string[];
  onPick: (node: Node) => void;
}) => {
  const ref = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      animation: false,
      tooltip: {},
      legend: { data: [...categories], top: 0 },
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          force: { repulsion: 260, edgeLength: 90 },
          categories: categories.map((name) => ({ name })),
          label: { show: true, position: 'right' },
          data: graph.nodes.map((n) => ({
            id: n.id,
            name: labelOf(n),
            category: categoryOf(n),
            symbol: n.type === 'claim' ? 'roundRect' : 'circle',
            symbolSize: n.type === 'claim' ? 26 : 14 + Math.min(n.claims, 10) * 2,
          })),
          links: graph.edges.map((e) => ({ source: e.source, target: e.target })),
        },
      ],
    });
    chart.on('click', (p) => {
      const node = graph.nodes[p.dataIndex];
      if (p.dataType === 'node' && node) pick.current(node);
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [graph, labelOf, categoryOf, categories]);
  return <div ref={ref} style={{ height: 480, width: '100%' }} data-testid="ring-chart" />;
};
