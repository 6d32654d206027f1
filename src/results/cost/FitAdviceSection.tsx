import { usdText } from '../../domain/cost';
import type { Recommendation } from '../../domain/recommend';
import type { FitLever } from '../../domain/recommend/whatToChange';

const GIB = 2 ** 30;
const gib = (bytes: number) => `${(bytes / GIB).toFixed(1)} GiB`;

function speedWords(lever: FitLever): string {
  if (lever.speedRatio === null) return 'not estimated';
  const change = lever.speedRatio - 1;
  if (Math.abs(change) < 0.02) return 'about the same';
  return change > 0
    ? `${Math.round(change * 100)}% more tokens/s`
    : `${Math.round(-change * 100)}% fewer tokens/s`;
}

function moneyWords(lever: FitLever): string {
  if (lever.costDeltaUsd === null) return '—';
  if (Math.abs(lever.costDeltaUsd) < 0.005) return 'the same';
  return `${lever.costDeltaUsd > 0 ? '+' : '−'}${usdText(Math.abs(lever.costDeltaUsd))}`;
}

/**
 * What would make the model fit as asked: every change that saves memory, the largest saving
 * first, each with the memory it would need, whether that fits, and its cost in speed, money and
 * quality; and, plainly, when nothing does.
 */
export function FitAdviceSection({
  recommendation,
  compact = false,
}: {
  recommendation: Recommendation;
  /** The summary's form: the three largest savings as a list. */
  compact?: boolean;
}) {
  const advice = recommendation.fitAdvice;
  if (!advice) return null;
  const headroom = recommendation.answers.scale.headroomPercent;
  const gpu = recommendation.hardware.training.name;
  return (
    <section aria-labelledby="fit-advice-title" className="fit-advice">
      <h2 id="fit-advice-title">What to change to fit</h2>
      <p>
        {advice.situation === 'no-fit'
          ? `${advice.modelName} does not fit the ${gpu}: it needs ${gib(advice.neededBytes)} per GPU, over the ${gib(advice.budgetBytes)} that keeping ${headroom}% free leaves.`
          : `${advice.modelName} fits only by cutting what you asked: as asked, it needs ${gib(advice.neededBytes)} per GPU, over the ${gib(advice.budgetBytes)} that keeping ${headroom}% free leaves.`}
      </p>
      {advice.nothingFits ? (
        <p className="field-error" role="status">
          Nothing here makes it fit on this GPU: even all the settings changed together need{' '}
          {gib(advice.combinedBytes)}. A larger GPU, or a smaller model, is the way.
        </p>
      ) : null}
      {compact ? (
        <ol className="tight">
          {advice.levers.slice(0, 3).map((lever) => (
            <li key={lever.id}>
              {lever.label}: saves {gib(lever.savedBytes)}, needs {gib(lever.neededBytes)}
              {lever.fits ? ', fits' : ', does not fit alone'}; speed {speedWords(lever)}, job cost{' '}
              {moneyWords(lever)}.
            </li>
          ))}
        </ol>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-label="Changes by memory saved"
          tabIndex={0}
        >
          <table>
            <caption>Changes by memory saved, largest first</caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col" className="num">
                  Saves
                </th>
                <th scope="col" className="num">
                  Needs
                </th>
                <th scope="col">Fits</th>
                <th scope="col">Speed</th>
                <th scope="col" className="num">
                  Job cost
                </th>
                <th scope="col">Quality and other costs</th>
              </tr>
            </thead>
            <tbody>
              {advice.levers.map((lever) => (
                <tr key={lever.id}>
                  <th scope="row">{lever.label}</th>
                  <td className="num">{gib(lever.savedBytes)}</td>
                  <td className="num">{gib(lever.neededBytes)}</td>
                  <td>{lever.fits ? 'Yes' : 'No'}</td>
                  <td>{speedWords(lever)}</td>
                  <td className="num">{moneyWords(lever)}</td>
                  <td>{lever.quality}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted no-print">
        Each saving is the memory model’s estimate of the run as asked minus its estimate with the
        change; speed is the speed model’s, cost the whole job’s at your price.
      </p>
    </section>
  );
}
