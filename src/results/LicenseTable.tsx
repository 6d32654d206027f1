import type { LicenseVerdict, Verdict } from '../domain/recommend';

export const VERDICT_TEXT: Record<Verdict, string> = {
  allowed: 'Allowed',
  conditions: 'Allowed on conditions',
  'not-allowed': 'Not allowed',
};

/** Verdicts per license, with the reasons and every obligation in plain words. */
export function LicenseTable({
  verdicts,
  caption,
}: {
  verdicts: LicenseVerdict[];
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="license-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">License</th>
            <th scope="col">Verdict for your use</th>
            <th scope="col">What it asks of you</th>
          </tr>
        </thead>
        <tbody>
          {verdicts.map((verdict) => (
            <tr key={verdict.licenseId}>
              <th scope="row">
                <a href={verdict.url} rel="noreferrer noopener" target="_blank">
                  {verdict.name}
                </a>
              </th>
              <td>
                <span className={`verdict verdict-${verdict.verdict}`}>
                  {VERDICT_TEXT[verdict.verdict]}
                </span>
                <ul className="tight">
                  {verdict.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </td>
              <td>
                <details>
                  <summary>
                    {verdict.obligations.length}{' '}
                    {verdict.obligations.length === 1 ? 'obligation' : 'obligations'}
                  </summary>
                  <ul className="tight">
                    {verdict.obligations.map((obligation) => (
                      <li key={obligation}>{obligation}</li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
