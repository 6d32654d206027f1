import type { Recommendation } from '../../domain/recommend';
import { useModelChoice } from './useModelChoice';
import './compare.css';

/**
 * What the pin did: the model the plan now follows and what it misses, or why a pin in the
 * answers was not used. Always in the page, so that a screen reader hears the change a click on
 * "Use this model" makes.
 */
export function PinNotice({ recommendation }: { recommendation: Recommendation }) {
  const { unpin } = useModelChoice();
  const { pin, pinError, top } = recommendation;
  return (
    <div role="status" className="pin-status">
      {pin ? (
        <div className="notice notice-info">
          <p className="notice-title">Your choice: {pin.name}</p>
          <p>
            The decision, settings, memory, serving, summary and exports below follow {pin.name}
            {pin.ranked && pin.ranked.id !== pin.id
              ? `, not the ranking’s first, ${pin.ranked.name}`
              : ''}
            .
          </p>
          {top && top.whyNot.length > 0 ? (
            <>
              <p>It misses what you asked for:</p>
              <ul className="tight">
                {top.whyNot.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="no-print">
            <button type="button" className="button secondary" onClick={unpin}>
              Back to the ranking
            </button>
          </p>
        </div>
      ) : null}
      {pinError ? (
        <div className="notice notice-warning">
          <p className="notice-title">The model you chose is not the plan</p>
          <p>{pinError}</p>
          <p className="no-print">
            <button type="button" className="button secondary" onClick={unpin}>
              Forget that choice
            </button>
          </p>
        </div>
      ) : null}
    </div>
  );
}
