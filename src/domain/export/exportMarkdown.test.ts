import { describe, expect, it } from 'vitest';
import { recommend } from '../recommend';
import { exportMarkdown } from './exportMarkdown';
import { escapeText } from './markdown';

const META = { link: 'https://tunewise.example/#/results?a=1', date: '2025-06-01' };
const EVIL = '# Evil | `rm -rf` *bold* [link](x)';

/** Pipes that separate cells: those not escaped with a backslash. */
const columns = (line: string) => line.split(/(?<!\\)\|/).length - 1;

function tableAfter(lines: string[], header: string): string[] {
  const start = lines.findIndex((line) => line.startsWith(header));
  expect(start, `table "${header}"`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('exportMarkdown', () => {
  const rec = recommend({});
  const text = exportMarkdown(rec, META);
  const lines = text.split('\n');

  it('names the top model, states the decision, the date and the link', () => {
    expect(text).toContain(rec.top!.name);
    expect(text).toContain(rec.decision);
    expect(lines[0]).toBe('# Fine-tuning recommendation');
    expect(text).toContain('2025-06-01');
    expect(text).toContain('(<https://tunewise.example/#/results?a=1>)');
  });

  it('has a GFM shortlist table with one row per shortlisted model', () => {
    const shortlist = tableAfter(
      lines,
      '| # | Model | Parameters | Method | Batch × tokens | Per GPU | Headroom | License |',
    );
    expect(shortlist[1]).toMatch(/^\| ---: \| --- \|/);
    expect(shortlist).toHaveLength(2 + rec.shortlist.length);
    expect(shortlist[2]).toContain(`| 1 | ${rec.top!.name} |`);
    expect(shortlist.every((line) => columns(line) === 9)).toBe(true);
  });

  it('shows the answers with readable labels, not raw ids', () => {
    expect(text).toContain('| Purpose | Chat |');
    expect(text).toContain('| Training GPU | NVIDIA GeForce RTX 4090 24 GB |');
    expect(text).toContain('| Intended use | A commercial product |');
    expect(text).not.toContain('rtx-4090');
    expect(text).not.toContain('under-100m');
  });

  it('breaks the top model’s memory down in GiB with one decimal', () => {
    const memory = tableAfter(lines, '| Part | Memory |');
    const total = rec.top!.training.plan!.estimate.reservedBytes / 2 ** 30;
    expect(memory.at(-1)).toBe(`| **Total (peak, reserved)** | **${total.toFixed(1)} GiB** |`);
    expect(memory.slice(2).every((line) => /\d+\.\d GiB/.test(line))).toBe(true);
  });

  it('lists near misses with why not, deployment, license obligations and verdicts', () => {
    const miss = rec.nearMisses[0]!;
    expect(text).toContain(`- **${escapeText(miss.name)}** (\`${miss.id}\`): ${miss.whyNot[0]}`);
    expect(text).toContain(`**Longest context at this concurrency:** `);
    expect(text).toContain(`### Obligations of the ${rec.top!.license!.name}`);
    expect(text).toContain(`- ${rec.top!.license!.obligations[0]}`);
    const verdicts = tableAfter(lines, '| License | Verdict | Why |');
    expect(verdicts).toHaveLength(2 + rec.licenses.length);
  });

  it('gives the baseline plan, with floor, target and gap once recorded', () => {
    expect(text).toContain(`**Metric:** ${rec.baseline.metric}`);
    expect(text).not.toContain('**Gap:**');
    const measured = recommend({ baseline: { floor: 60, target: 72.5, heldOutSize: 450 } });
    const withGap = exportMarkdown(measured, META);
    expect(withGap).toContain('**Floor:** 60% · **Target:** 72.5% · **Gap:** 12.5 points');
    expect(withGap).toContain('**Held-out set:** 450 examples');
  });

  it('keeps a hostile project name inert: no heading, no code, no extra column', () => {
    const hostile = recommend({ task: { projectName: EVIL } });
    const out = exportMarkdown(hostile, META).split('\n');
    expect(out[0]).toBe(
      '# \\# Evil \\| \\`rm -rf\\` \\*bold\\* \\[link\\](x): fine-tuning recommendation',
    );
    expect(out.filter((line) => line.startsWith('# '))).toHaveLength(1);
    expect(out.some((line) => line.startsWith('# Evil') || line.startsWith('#Evil'))).toBe(false);
    const task = tableAfter(out, '| Question | Answer |');
    expect(task[2]).toBe('| Project | \\# Evil \\| \\`rm -rf\\` \\*bold\\* \\[link\\](x) |');
    expect(task.every((line) => columns(line) === 3)).toBe(true);
    expect(out.join('\n')).not.toMatch(/(?<!\\)`rm/);
  });

  it('escapes a pasted model name shown in the answers', () => {
    const config = {
      model_type: 'llama',
      hidden_size: 2048,
      intermediate_size: 8192,
      num_hidden_layers: 16,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      vocab_size: 128256,
    };
    const withCustom = recommend({ scale: { customModel: { name: 'a|b', config } } });
    const out = exportMarkdown(withCustom, META);
    expect(out).toContain('| Your own model (config.json) | a\\|b |');
  });

  it('says so when no model fits', () => {
    const none = recommend({
      hardware: { gpuId: 'custom', customGpuGb: 1, deploymentTarget: 'cpu', customServingGb: 1 },
    });
    const out = exportMarkdown(none, META);
    expect(out).toContain('No model in the catalog fits all your constraints.');
    expect(out).not.toContain('## Memory of');
  });
});
