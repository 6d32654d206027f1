import type { Candidate, Recommendation } from '../../domain/recommend';

/** "Your plan" on the card of the model the plan follows, when the user chose it. */
export function PlanBadge({
  candidate,
  recommendation,
}: {
  candidate: Candidate;
  recommendation: Recommendation;
}) {
  if (recommendation.pin?.id !== candidate.id) return null;
  return <span className="plan-badge">Your plan</span>;
}
