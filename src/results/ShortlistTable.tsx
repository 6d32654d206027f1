import type { Candidate, Recommendation } from '../domain/recommend';
import { ENGINE_NAMES } from '../domain/recommend/servingWords';
import { gib, METHOD_NAMES, sizeText, tokens } from './format';
import { VERDICT_TEXT } from './LicenseTable';

/** The serving verdict in a cell: the engine that decided it, its weights and longest context. */
function servingCell({ serving }: Candidate): string {
  const engine = ENGINE_NAMES[serving.engine];
  return `${engine}, ${serving.options.weightBits}-bit: up to ${tokens(serving.maxContext)} tokens × ${serving.options.batchSize}`;
}

/** The shortlist as one table: a compact form for print. */
export function ShortlistTable({ recommendation }: { recommendation: Recommendation }) {
  const capacity = recommendation.hardware.training.usableBytes;
  return (
    <div className="table-scroll">
      <table>
        <caption>Ranked shortlist, per GPU memory against {gib(capacity)}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Model</th>
            <th scope="col">Method and settings</th>
            <th scope="col" className="num">
              Memory
            </th>
            <th scope="col">Serving</th>
            <th scope="col">License</th>
          </tr>
        </thead>
        <tbody>
          {recommendation.shortlist.map((candidate, index) => {
            const plan = candidate.training.plan;
            return (
              <tr key={candidate.id}>
                <td>{index + 1}</td>
                <th scope="row">
                  {candidate.name}
                  <span className="table-sub">
                    {sizeText(candidate)} · {candidate.id}
                  </span>
                  {candidate.basis ? (
                    <span className="table-sub">
                      {candidate.basis.figure
                        ? `Ranked on ${candidate.basis.label} ${candidate.basis.figure.value}`
                        : 'No comparable figure'}
                    </span>
                  ) : null}
                </th>
                <td>
                  {plan
                    ? `${METHOD_NAMES[plan.method]}, batch ${plan.options.batchSize} × ${tokens(plan.options.seqLen)}`
                    : '—'}
                </td>
                <td className="num">{plan ? gib(plan.estimate.reservedBytes) : '—'}</td>
                <td>{servingCell(candidate)}</td>
                <td>
                  {candidate.license
                    ? `${VERDICT_TEXT[candidate.license.verdict]} (${candidate.license.name})`
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
