import type { BaselinePlan } from '../domain/recommend';

/** The shortlist's published figures that matter for the purpose, each with its setting and source. */
export function PublishedFigures({ plan }: { plan: BaselinePlan }) {
  return (
    <section aria-labelledby="published-title">
      <h2 id="published-title">Published figures for the shortlist</h2>
      <p className="field-hint">{plan.benchmarksThatMatter}</p>
      {plan.publishedFigures.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              Published benchmark figures with their sources
            </caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Benchmark</th>
                <th scope="col" className="num">
                  Score
                </th>
                <th scope="col">Setting and source</th>
              </tr>
            </thead>
            <tbody>
              {plan.publishedFigures.map((figure) => (
                <tr key={`${figure.modelId}-${figure.benchmark.name}-${figure.benchmark.setting}`}>
                  <th scope="row">{figure.modelName}</th>
                  <td>{figure.benchmark.name}</td>
                  <td className="num">{figure.benchmark.value}</td>
                  <td>
                    {figure.benchmark.setting}
                    <span className="source">Source: {figure.benchmark.source}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>
          None of the shortlisted models publishes a comparable figure; your own held-out set is the
          measure.
        </p>
      )}
    </section>
  );
}
