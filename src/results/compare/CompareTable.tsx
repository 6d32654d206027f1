import type { ComparedModel } from '../../domain/compare';
import type { CompareSection } from './compareRows';

/** One section of the comparison as a table: a column per model, a row per figure. */
export function CompareTable({
  section,
  models,
}: {
  section: CompareSection;
  models: readonly ComparedModel[];
}) {
  const titleId = `compare-${section.id}-title`;
  return (
    <section aria-labelledby={titleId} className="keep-together">
      <h2 id={titleId}>{section.title}</h2>
      {section.rows.length === 0 ? (
        <p>No figure is published by two of these models in the same setting.</p>
      ) : (
        <div className="table-scroll">
          <table className="compare-table">
            <caption className="visually-hidden">{section.title}, model by model</caption>
            <thead>
              <tr>
                <td />
                {models.map((model) => (
                  <th key={model.candidate.id} scope="col">
                    {model.candidate.name}
                    {model.isPlan ? <span className="table-sub">Your plan</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((value, index) => (
                    <td key={models[index]?.candidate.id ?? index}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {section.note ? <p className="muted">{section.note}</p> : null}
    </section>
  );
}
