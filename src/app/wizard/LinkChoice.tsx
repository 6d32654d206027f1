import { useFocusHeading } from '../../components/useFocusHeading';
import type { PendingLink } from './linkState';

/**
 * Asked when a shared link's answers differ from those saved in this browser: what would be
 * replaced, and the two ways on. Nothing is replaced until the user says so.
 */
export function LinkChoice({
  pending,
  onChoose,
}: {
  pending: PendingLink;
  onChoose: (useLink: boolean) => void;
}) {
  const heading = useFocusHeading('link-choice');
  return (
    <section className="page link-choice" aria-labelledby="link-choice-title">
      <h1 id="link-choice-title" tabIndex={-1} ref={heading}>
        Open the answers in this link?
      </h1>
      <p className="lead">
        This browser has saved answers from an earlier visit, and the link you opened has different
        ones. Opening the link replaces these saved answers:
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="What the link changes">
        <table>
          <caption>Saved answers that the link would replace</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Question</th>
              <th scope="col">Saved in this browser</th>
              <th scope="col">In the link</th>
            </tr>
          </thead>
          <tbody>
            {pending.differences.map((difference) => (
              <tr key={`${difference.step}:${difference.label}`}>
                <td>{difference.step}</td>
                <th scope="row">{difference.label}</th>
                <td>{difference.saved ?? 'Not set'}</td>
                <td>{difference.link ?? 'Not set'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="actions">
        <button type="button" className="button" onClick={() => onChoose(true)}>
          Open the link’s answers
        </button>
        <button type="button" className="button secondary" onClick={() => onChoose(false)}>
          Keep my saved answers
        </button>
      </p>
    </section>
  );
}
