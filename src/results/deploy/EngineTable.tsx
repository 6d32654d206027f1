import type { EnginePlan } from '../../domain/serving';
import { gib, tokens } from '../format';

/** Per engine at the user's context × concurrency: fits or not, and the limits it leaves. */
export function EngineTable({
  engines,
  contextTokens,
  concurrency,
}: {
  engines: readonly EnginePlan[];
  contextTokens: number;
  concurrency: number;
}) {
  return (
    <div className="table-scroll">
      <table className="compact">
        <caption>
          Serving engines at {tokens(contextTokens)} tokens × {concurrency} sequences
        </caption>
        <thead>
          <tr>
            <th scope="col">Engine</th>
            <th scope="col">Weights</th>
            <th scope="col">KV cache</th>
            <th scope="col">Fits</th>
            <th scope="col" className="num">
              Memory it takes
            </th>
            <th scope="col" className="num">
              Longest context at {concurrency} sequences
            </th>
            <th scope="col" className="num">
              Most sequences at {tokens(contextTokens)} tokens
            </th>
          </tr>
        </thead>
        <tbody>
          {engines.map((plan) => (
            <tr key={plan.engine}>
              <th scope="row">{plan.label}</th>
              <td>
                {plan.weightFormat}, {gib(plan.weightsBytes)}
              </td>
              <td>
                {plan.kvPrecision}, {gib(plan.kvCacheBytes)}
              </td>
              <td>{plan.fits ? 'yes' : 'no'}</td>
              <td className="num">
                {gib(plan.totalBytes)} of {gib(plan.capacityBytes)}
              </td>
              <td className="num">{tokens(plan.maxContextTokens)}</td>
              <td className="num">{plan.maxConcurrency}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
