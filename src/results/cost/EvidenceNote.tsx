import { nearestRunText, typicalErrorText } from '../../domain/cost';
import type { FigureEvidence } from '../../domain/evidence';

/**
 * What a figure rests on, in two lines: the typical error on measured runs like it, and the
 * nearest measured run with its source (linked when the source has an address).
 */
export function EvidenceNote({
  label,
  evidence,
}: {
  label: string;
  evidence: FigureEvidence | null;
}) {
  if (!evidence) return null;
  const run = evidence.nearest;
  const text = nearestRunText(evidence);
  const [before] = text.split(' Source: ');
  return (
    <div className="evidence-note">
      <p>
        <strong>{label}:</strong> {typicalErrorText(evidence)}.
      </p>
      <p className="muted">
        {before} Source:{' '}
        {run.url ? (
          <a href={run.url} rel="noreferrer noopener" target="_blank">
            {run.source}
          </a>
        ) : (
          run.source
        )}
        .
      </p>
    </div>
  );
}
