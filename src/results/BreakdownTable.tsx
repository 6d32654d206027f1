import type { MemoryEstimate } from '../domain/memory';
import type { Device } from '../domain/recommend';
import type { Assumption } from '../domain/recommend/planWords';
import { runtimeWords } from '../domain/recommend/runtimeWords';
import { gib } from './format';

const ROWS: { key: keyof MemoryEstimate['breakdown']; label: string; note: string }[] = [
  { key: 'weights', label: 'Weights', note: 'the model, in its training format, plus adapters' },
  { key: 'gradients', label: 'Gradients', note: 'for the parameters that train' },
  {
    key: 'optimizer',
    label: 'Optimizer state',
    note: 'AdamW keeps two values per trained parameter (8-bit AdamW two bytes, SGD none)',
  },
  { key: 'activations', label: 'Activations', note: 'kept from the forward pass for backward' },
  {
    key: 'logits',
    label: 'Logits',
    note: 'the output head’s scores at the loss, as the loss kernel keeps them',
  },
  { key: 'kvCache', label: 'KV cache', note: 'keys and values of every cached token' },
  { key: 'overhead', label: '', note: 'outside the framework’s tensors' },
];

/** Where the memory of an estimate goes, per GPU, at its peak. */
export function BreakdownTable({
  estimate,
  caption,
  runtime,
  assumptions = [],
}: {
  estimate: MemoryEstimate;
  caption: string;
  /** What the estimate assumes about the run (precision, loss, launcher), shown under the table. */
  assumptions?: readonly Assumption[];
  /** The device's runtime: no "CUDA" or "nvidia-smi" on a Mac or a CPU. */
  runtime: Device['runtime'];
}) {
  const words = runtimeWords(runtime);
  const phase =
    estimate.peakPhase === 'optimizer-step'
      ? 'the optimizer step'
      : estimate.peakPhase === 'serving'
        ? 'serving'
        : 'the start of backward';
  return (
    <div className="table-scroll">
      <table className="breakdown">
        <caption>
          {caption} <span className="muted">(peak during {phase})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col" className="num">
              Memory
            </th>
            <th scope="col">What it is</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.filter((row) => estimate.breakdown[row.key] > 0).map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.key === 'overhead' ? words.overhead : row.label}</th>
              <td className="num">{gib(estimate.breakdown[row.key])}</td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total per GPU</th>
            <td className="num">{gib(estimate.reservedBytes)}</td>
            <td>
              {words.total}; live tensors alone: {gib(estimate.allocatedBytes)}
            </td>
          </tr>
        </tfoot>
      </table>
      {assumptions.length > 0 ? (
        <dl className="assumptions" aria-label="What this estimate assumes">
          {assumptions.map((line) => (
            <div key={line.label}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
