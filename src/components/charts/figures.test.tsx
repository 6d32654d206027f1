import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContextChartFigure, MethodChartFigure } from './index';
import { defaultCharts } from './testData';

// Stand-ins for the recharts modules: they show when, and with what size, a chart was mounted.
vi.mock('./MemoryByMethodChart', () => ({
  default: ({ width }: { width?: number }) => (
    <div data-testid="method-chart">{`width ${width ?? 'auto'}`}</div>
  ),
}));
vi.mock('./MemoryByContextChart', () => ({
  default: ({ width }: { width?: number }) => (
    <div data-testid="context-chart">{`width ${width ?? 'auto'}`}</div>
  ),
}));

/** An IntersectionObserver that reports only when told to. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly observe = vi.fn();
  readonly disconnect = vi.fn();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.instances.push(this);
  }
  enter() {
    this.callback(
      [{ isIntersecting: true } as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    );
  }
}

function observeLazily() {
  FakeObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
}

afterEach(() => vi.unstubAllGlobals());

const { method, context } = defaultCharts();

describe('MethodChartFigure', () => {
  it('captions the figure and names the chart area with the summary', () => {
    render(<MethodChartFigure chart={method} title="Memory by method" />);
    const figure = screen.getByRole('figure', { name: /Memory by method/ });
    expect(figure).toHaveTextContent(/against 24\.0 GiB of GPU memory/);
    expect(within(figure).getByRole('img')).toHaveAccessibleName(/QLoRA fits 5 of 5/);
  });

  it('always offers the figures as a table with each model, method and the capacity', () => {
    render(<MethodChartFigure chart={method} />);
    expect(screen.getByText('Show the figures as a table')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /by model and method/ });
    const row = within(table).getByRole('row', { name: /^Qwen2\.5-7B-Instruct / });
    // Full fine-tuning in mixed precision with fused AdamW: 16 bytes per parameter and more.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['123.5 (over)', '19.5 ★ chosen', '9.9']);
    expect(within(table).getByRole('columnheader', { name: 'QLoRA (GiB)' })).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /GPU memory available 24\.0 GiB/ }),
    ).toBeInTheDocument();
  });

  it('shows a placeholder and holds back the chart until the figure nears the viewport', async () => {
    observeLazily();
    render(<MethodChartFigure chart={method} />);
    expect(screen.getByText('Loading chart…')).toBeInTheDocument();
    expect(screen.queryByTestId('method-chart')).not.toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();

    const [observer] = FakeObserver.instances;
    expect(observer?.options?.rootMargin).toBe('200px');
    act(() => observer!.enter());
    expect(await screen.findByTestId('method-chart')).toHaveTextContent('width auto');
    expect(screen.queryByText('Loading chart…')).not.toBeInTheDocument();
    expect(observer!.disconnect).toHaveBeenCalled();
  });

  it('requests the chart at once at a fixed size for print, without waiting for the viewport', async () => {
    observeLazily();
    render(<MethodChartFigure chart={method} width={640} height={300} animate={false} />);
    expect(await screen.findByTestId('method-chart')).toHaveTextContent('width 640');
    expect(FakeObserver.instances).toHaveLength(0);
  });

  it('mounts the chart at once where IntersectionObserver does not exist', async () => {
    render(<MethodChartFigure chart={method} />);
    expect(await screen.findByTestId('method-chart')).toBeInTheDocument();
  });

  it('draws no chart, only the caption and table, when there are no models', () => {
    render(<MethodChartFigure chart={{ ...method, bars: [] }} />);
    expect(screen.getByRole('figure')).toHaveTextContent('There are no models to compare.');
    expect(screen.queryByTestId('method-chart')).not.toBeInTheDocument();
  });
});

describe('ContextChartFigure', () => {
  it('captions the chart with the model and the limits it marks', () => {
    render(<ContextChartFigure chart={context} />);
    const figure = screen.getByRole('figure', {
      name: /Memory by context length: Qwen3-8B/,
    });
    expect(figure).toHaveTextContent(
      // Training within the default 10% headroom (21.6 of the 4090's 24 GiB); serving as vLLM plans
      // bf16 weights in 0.92 of the GPU: the KV blocks left, with --max-num-seqs at the most 8k
      // sequences that fit, hold 11,584 tokens per sequence at 4.
      /training fits sequences up to 5k tokens, serving fits a context up to 11k tokens/,
    );
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      /your context window is 8k tokens/,
    );
  });

  it('tabulates training and serving GiB by context, with capacities and marked limits', () => {
    render(<ContextChartFigure chart={context} />);
    const table = screen.getByRole('table', { name: /by context length/ });
    expect(
      within(table).getByRole('columnheader', { name: 'Training, LoRA, batch 1 (GiB)' }),
    ).toBeInTheDocument();
    const needed = within(table).getByRole('row', { name: /^8,192 / });
    expect(needed).toHaveTextContent('your context window');
    // vLLM's serving line: bf16 weights, profile peak, graphs, non-torch memory, KV, the 8% left.
    expect(within(table).getByRole('row', { name: /^2,048 19\.8 18\.7/ })).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /^Memory available \(GiB\) 24\.0 24\.0/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /^Longest that fits \(tokens\) 5,136 11,584/ }),
    ).toBeInTheDocument();
  });

  it('loads the chart immediately for print', async () => {
    observeLazily();
    render(<ContextChartFigure chart={context} width={700} height={320} />);
    expect(await screen.findByTestId('context-chart')).toHaveTextContent('width 700');
  });
});
