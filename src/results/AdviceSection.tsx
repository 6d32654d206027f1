import type { AdviceLine } from '../domain/recommend';

/** What people who do this task well do: one or two lines each, with where to read more. */
export function AdviceSection({ advice }: { advice: AdviceLine[] }) {
  if (advice.length === 0) return null;
  return (
    <section aria-labelledby="advice-title">
      <h2 id="advice-title">What works for this task</h2>
      <ul>
        {advice.map((line) => (
          <li key={line.text}>
            {line.text}
            {line.source ? <span className="source">Source: {line.source}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
