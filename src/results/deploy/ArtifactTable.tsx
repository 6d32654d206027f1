import type { Artifact } from '../../domain/serving';
import { gib, tokens } from '../format';

/** Each way to ship the fine-tune: size on disk, serving memory at the request, the quality cost. */
export function ArtifactTable({
  artifacts,
  contextTokens,
  concurrency,
  capacityBytes,
}: {
  artifacts: readonly Artifact[];
  contextTokens: number;
  concurrency: number;
  capacityBytes: number;
}) {
  return (
    <div className="table-scroll">
      <table className="compact">
        <caption>
          Ways to ship the fine-tuned model: size on disk and serving memory at{' '}
          {tokens(contextTokens)} tokens × {concurrency} sequences
        </caption>
        <thead>
          <tr>
            <th scope="col">Artifact</th>
            <th scope="col">Served by</th>
            <th scope="col" className="num">
              On disk
            </th>
            <th scope="col" className="num">
              Serving memory
            </th>
            <th scope="col">Quality</th>
          </tr>
        </thead>
        <tbody>
          {artifacts.map((a) => (
            <tr key={a.kind}>
              <th scope="row">{a.label}</th>
              <td>{a.engine}</td>
              <td className="num">{gib(a.diskBytes)}</td>
              <td className="num">
                {a.servingBytes === null
                  ? 'not on this device'
                  : `${gib(a.servingBytes)}${a.servingBytes > capacityBytes ? ' (too much)' : ''}`}
              </td>
              <td>{a.caveat}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
