import type { EnginePlan, SpeedBounds } from '../../domain/serving';
import { tokens } from '../format';

/** The default engine's own figures: vLLM's KV blocks and max_model_len, llama.cpp's file and -ngl. */
export function EngineFacts({
  plan,
  speed,
  brief = false,
}: {
  plan: EnginePlan;
  speed: SpeedBounds | null;
  /** Figures only, without the explanations (the printable summary). */
  brief?: boolean;
}) {
  const s = plan.settings;
  const rows: [string, string][] = [];
  if (plan.engine === 'vllm') {
    rows.push(
      ['GPU memory utilisation', String(s.gpuMemoryUtilization)],
      ['CUDA graphs (in the budget)', `${(Number(s.graphBytes) / 2 ** 30).toFixed(2)} GiB`],
      [
        'KV blocks',
        `${tokens(Number(s.kvBlocks))} of ${s.blockTokens} tokens (${tokens(Number(s.kvCacheTokens))} tokens)`,
      ],
      ['Largest --max-model-len', `${tokens(Number(s.maxModelLen))} tokens`],
      ['--max-num-seqs', String(s.maxNumSeqs)],
    );
  } else if (plan.engine === 'llama.cpp') {
    rows.push(
      ['GGUF file', `${s.mix}, ${(Number(s.fileBytes) / 1e9).toFixed(2)} GB`],
      ['-c (all slots)', `${tokens(Number(s.contextTotal))} tokens`],
      ['-ngl', String(s.gpuLayers)],
    );
  } else if (plan.engine === 'mlx') {
    rows.push(['Quantisation', `${s.bits}-bit, group ${s.groupSize}`]);
  }
  if (speed) {
    rows.push([
      'Decode speed (upper bound)',
      `${Math.round(speed.decodeTokensPerSecond)} tokens/s per sequence`,
    ]);
    if (speed.timeToFirstTokenSeconds !== null) {
      rows.push([
        'Time to first token (lower bound)',
        `${speed.timeToFirstTokenSeconds.toFixed(2)} s for a full-context prompt`,
      ]);
    }
  }
  return (
    <>
      <dl className="figures" aria-label={`${plan.label} settings`}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {speed && !brief ? (
        <p className="muted">
          Speeds are physical bounds, not predictions: each decode step reads every weight and the
          whole KV cache once from memory at the GPU’s peak bandwidth, and a prefill needs at least
          two operations per parameter per prompt token at its peak throughput. Real servers reach a
          fraction of both.
        </p>
      ) : null}
      {brief ? null : (
        <ul className="muted">
          {plan.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
