import { launchPlan, launchScript } from '../src/domain/export/launchCommand';
import { recommend } from '../src/domain/recommend/recommend';
import { decodeAnswers } from '../src/domain/share/urlCodec';
import { expect, test } from './fixtures';

/** The recommendation a link opens, computed the way the page computes it. */
function expected(fragment: string) {
  const rec = recommend(decodeAnswers(fragment).answers);
  const launch = launchPlan(rec);
  if (!rec.deployment || !launch) throw new Error(`no deployment for ${fragment}`);
  return { rec, deployment: rec.deployment, script: launchScript(launch) };
}

const scenarios = [
  {
    name: 'a 7–8B chat model on one RTX 4090: vLLM with its KV blocks and max_model_len',
    fragment: 'v=2&done=5&p=chat&dom=legal&gpu=rtx-4090',
    engine: 'vLLM',
    command:
      /^vllm serve \S+ --max-model-len \d+ --gpu-memory-utilization 0\.92 --max-num-seqs \d+/m,
  },
  {
    name: 'the same project on a 64 GB Mac: MLX, converted to 4- or 8-bit and served by mlx_lm.server',
    fragment: 'v=2&done=5&p=chat&dom=legal&gpu=apple-64gb',
    engine: 'MLX (mlx-lm)',
    command: /^mlx_lm\.server --model \.\/mlx-(4|8)bit/m,
  },
  {
    name: 'an edge device with 16 GB: llama.cpp with a Q4_K_M GGUF made by convert_hf_to_gguf.py and llama-quantize',
    fragment: 'v=2&done=5&p=chat&dom=legal&gpu=rtx-4090&dep=edge&sgb=16',
    engine: 'llama.cpp (GGUF)',
    command: /^llama-server -m model-Q4_K_M\.gguf -c \d+ -np \d+ -ngl 0/m,
  },
] as const;

for (const scenario of scenarios) {
  test(`deployment: ${scenario.name}`, async ({ page }) => {
    const { deployment, script } = expected(scenario.fragment);
    const plan = deployment.serving.engines[0]!;
    await page.goto(`/recommendation#${scenario.fragment}`);
    const section = page.getByRole('region', { name: 'Deployment' });
    await expect(section).toContainText(`with ${scenario.engine}`);

    const table = section.getByRole('table', { name: /Serving engines/ });
    const row = table.getByRole('row', {
      name: new RegExp(`^${plan.label.replace(/[()]/g, '\\$&')}`),
    });
    await expect(row).toContainText(plan.fits ? 'yes' : 'no');
    await expect(row).toContainText(plan.maxContextTokens.toLocaleString('en-US'));

    if (plan.engine === 'vllm') {
      const blocks = Number(plan.settings.kvBlocks).toLocaleString('en-US');
      await expect(section.getByText(new RegExp(`^${blocks} of 16 tokens`))).toBeVisible();
      const graphs = `${(Number(plan.settings.graphBytes) / 2 ** 30).toFixed(2)} GiB`;
      await expect(section.getByText(graphs, { exact: true })).toBeVisible();
      await expect(section).toContainText(
        `${Number(plan.settings.maxModelLen).toLocaleString('en-US')} tokens`,
      );
      await expect(section).toContainText('tokens/s per sequence');
    }
    if (plan.engine === 'llama.cpp') {
      await expect(section).toContainText(
        `Q4_K_M, ${(Number(plan.settings.fileBytes) / 1e9).toFixed(2)} GB`,
      );
      await expect(section).toContainText("37.5% of the device's RAM");
    }

    const command = section
      .getByRole('heading', { name: /Start the server with/ })
      .locator('xpath=following-sibling::pre[1]');
    await expect(command).toHaveText(script);
    await expect(command).toHaveText(scenario.command);

    const chart = section.getByRole('figure', { name: /Serving memory by context length/ });
    await chart.getByText('Show the figures as a table').click();
    await expect(chart.getByRole('table')).toContainText(plan.label);
  });
}
