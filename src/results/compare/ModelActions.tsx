import { useId } from 'react';
import { MAX_COMPARED } from '../../domain/compare';
import type { Candidate, Recommendation } from '../../domain/recommend';
import { useModelChoice } from './useModelChoice';
import './compare.css';

/** A card's two choices: make the model the plan (or go back to the ranking), and compare it. */
export function ModelActions({
  candidate,
  recommendation,
}: {
  candidate: Candidate;
  recommendation: Recommendation;
}) {
  const { pin, unpin, toggleCompare } = useModelChoice();
  const hintId = useId();
  const pinned = recommendation.pin?.id === candidate.id;
  const chosen = recommendation.answers.scale.compareModels;
  const compared = chosen.includes(candidate.id);
  const full = !compared && chosen.length >= MAX_COMPARED;
  return (
    <div className="model-actions no-print">
      {/* One button whose words change, so keyboard focus stays on it after the click. */}
      <button
        type="button"
        className="button secondary"
        aria-label={
          pinned
            ? `Back to the ranking instead of ${candidate.name}`
            : `Use this model: ${candidate.name}`
        }
        onClick={() => (pinned ? unpin() : pin(candidate.id))}
      >
        {pinned ? 'Back to the ranking' : 'Use this model'}
      </button>
      <label className="compare-toggle">
        <input
          type="checkbox"
          checked={compared}
          disabled={full}
          aria-describedby={full ? hintId : undefined}
          onChange={() => toggleCompare(candidate.id)}
        />
        Compare <span className="visually-hidden">{candidate.name}</span>
      </label>
      {full ? (
        <span id={hintId} className="muted">
          Four models are ticked already: untick one to add this one.
        </span>
      ) : null}
    </div>
  );
}
