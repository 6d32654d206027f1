import type { Recommendation } from '../../domain/recommend';
import { ModelActions } from './ModelActions';

/**
 * Every model the results list (the plan, the shortlist, the near misses, your own), each with
 * its "Use this model" and "Compare" choices: the comparison can be changed where it is read.
 */
export function ComparePicker({ recommendation }: { recommendation: Recommendation }) {
  const listed = [
    ...(recommendation.top ? [recommendation.top] : []),
    ...recommendation.shortlist,
    ...recommendation.nearMisses,
    ...(recommendation.custom ? [recommendation.custom] : []),
  ];
  const models = listed.filter(
    (model, index) => listed.findIndex((other) => other.id === model.id) === index,
  );
  return (
    <section aria-labelledby="compare-pick-title" className="no-print">
      <h2 id="compare-pick-title">Models to compare</h2>
      <p className="muted">
        Tick two to four. The first is the plan; then the shortlist, near misses and your own model.
      </p>
      <ul className="compare-picker">
        {models.map((model) => (
          <li key={model.id}>
            <span className="compare-picker-name">{model.name}</span>
            <ModelActions candidate={model} recommendation={recommendation} />
          </li>
        ))}
      </ul>
    </section>
  );
}
