import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import MemoryByContextChart from './MemoryByContextChart';
import MemoryByMethodChart from './MemoryByMethodChart';
import { defaultCharts } from './testData';

// At a fixed size recharts draws without measuring, so jsdom sees the SVG (though not its layout).
const { method, context } = defaultCharts();
const texts = (root: Element) => [...root.querySelectorAll('svg text')].map((t) => t.textContent);

describe('MemoryByMethodChart at a fixed size', () => {
  it('draws a bar per model and method, the capacity line and a ★ on each chosen bar', () => {
    const { container } = render(
      <MemoryByMethodChart chart={method} width={700} height={340} animate={false} />,
    );
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(15);
    const labels = texts(container);
    expect(labels).toContain('GiB per GPU');
    expect(container.querySelector('.recharts-reference-line line')).toHaveAttribute(
      'stroke',
      'var(--danger)',
    );
    const legend = within(container.querySelector('.chart-legend')!);
    for (const name of [
      'Full fine-tuning',
      'LoRA',
      'QLoRA',
      'chosen method',
      'GPU memory (24.0 GiB)',
    ]) {
      expect(legend.getByText(name)).toBeInTheDocument();
    }
    expect(labels.filter((text) => text === '★')).toHaveLength(5);
    // Full fine-tuning runs far off the 30 GiB axis; its value is written at the top instead.
    expect(labels).toContain('133↑');
    expect(labels).toContain('30');
    expect(container.querySelectorAll('[stroke="var(--ink)"][stroke-width="3"]')).toHaveLength(5);
    expect(container.querySelectorAll('pattern')).toHaveLength(3);
  });

  it('leaves out the bars of a method that is not available', () => {
    const noQlora = { ...method, bars: method.bars.map((bar) => ({ ...bar, qlora: null })) };
    const { container } = render(
      <MemoryByMethodChart chart={noQlora} width={700} height={340} animate={false} />,
    );
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(10);
  });
});

describe('MemoryByContextChart at a fixed size', () => {
  it('draws both series, one shared capacity line and the three marked contexts', () => {
    const { container } = render(
      <MemoryByContextChart chart={context} width={700} height={360} animate={false} />,
    );
    const curves = container.querySelectorAll('path.recharts-curve');
    expect(curves).toHaveLength(2);
    expect(curves[1]).toHaveAttribute('stroke-dasharray', '8 5');
    const labels = texts(container);
    expect(labels.filter((text) => text?.startsWith('GPU memory'))).toEqual([
      'GPU memory (24.0 GiB)',
    ]);
    expect(labels).toEqual(expect.arrayContaining(['1k', '4k', '32k', '128k']));
    expect(labels).toContain('Your context window8k tokens');
    expect(labels).toContain('Longest training sequence that fits5k tokens');
    expect(labels).toContain('Largest serving context that fits11k tokens');
    expect(
      within(container.querySelector('.chart-legend')!).getByText(context.servingLabel),
    ).toBeInTheDocument();
  });

  it('draws separate capacity lines when training and serving memory differ', () => {
    const split = { ...context, servingCapacityGib: 16 };
    const { container } = render(
      <MemoryByContextChart chart={split} width={700} height={360} animate={false} />,
    );
    expect(texts(container)).toEqual(
      expect.arrayContaining(['Training GPU memory (24.0 GiB)', 'Serving memory (16.0 GiB)']),
    );
  });
});
