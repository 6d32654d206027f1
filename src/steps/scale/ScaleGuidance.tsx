import { QUICK_REFERENCE_NOTE, SIZE_BANDS, type Recommendation } from '../../domain/recommend';

const GIB = 2 ** 30;

/** Size bands, the guide's VRAM table beside our estimate, and why context costs memory. */
export function ScaleGuidance({ recommendation }: { recommendation: Recommendation }) {
  const top = recommendation.top;
  const deployment = recommendation.deployment;
  const kvPerToken =
    deployment && deployment.contextTokens > 0
      ? deployment.kvCacheBytes / deployment.contextTokens / deployment.concurrency
      : null;
  return (
    <>
      <h2>Size bands</h2>
      <dl className="definition-list">
        {SIZE_BANDS.map((band) => (
          <div key={band.id}>
            <dt>{band.label}</dt>
            <dd>{band.useCase}</dd>
          </div>
        ))}
      </dl>
      <h2>VRAM rule of thumb vs our estimate</h2>
      <div className="table-scroll">
        <table className="compact">
          <caption>The guide’s figures beside Tunewise’s estimate for a model of each size</caption>
          <thead>
            <tr>
              <th scope="col">Size</th>
              <th scope="col" className="num">
                Guide QLoRA
              </th>
              <th scope="col" className="num">
                Ours QLoRA
              </th>
              <th scope="col" className="num">
                Guide LoRA
              </th>
              <th scope="col" className="num">
                Ours LoRA
              </th>
            </tr>
          </thead>
          <tbody>
            {recommendation.quickReference.map((row) => (
              <tr key={row.size}>
                <th scope="row">
                  {row.size}
                  <span className="table-sub">{row.modelName}</span>
                </th>
                <td className="num">~{row.guideQloraGb} GB</td>
                <td className="num">{row.ourQloraGib} GiB</td>
                <td className="num">~{row.guideLoraGb} GB</td>
                <td className="num">{row.ourLoraGib} GiB</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint">
        {QUICK_REFERENCE_NOTE} The guide’s figures are a rule of thumb; ours count each model’s
        architecture.
      </p>
      <h2>Why the context window costs memory</h2>
      <p>
        Every token the model keeps in context stores a key and a value per layer: the KV cache. It
        grows in a straight line with the context and with every sequence served at once. Long
        documents need 32k–128k windows, so plan serving memory for the window you really need.
      </p>
      {top && kvPerToken ? (
        <p>
          For {top.name}, each token of context costs {(kvPerToken / 1024).toFixed(0)} KiB of KV
          cache: your {deployment?.contextTokens.toLocaleString('en-US')} tokens ×{' '}
          {deployment?.concurrency} sequences hold{' '}
          {((deployment?.kvCacheBytes ?? 0) / GIB).toFixed(1)} GiB.
        </p>
      ) : null}
      <h2>Full, LoRA or QLoRA</h2>
      <p>
        Full fine-tuning trains every weight and needs about 16 bytes per parameter with AdamW. LoRA
        freezes the model and trains small adapters; QLoRA also stores the frozen model in 4-bit.
        Tunewise takes the first that fits, in that order.
      </p>
    </>
  );
}
