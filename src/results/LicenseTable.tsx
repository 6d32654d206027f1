import type { LicenseVerdict, Verdict } from '../domain/recommend';
import './licenseTable.css';

export const VERDICT_TEXT: Record<Verdict, string> = {
  allowed: 'Allowed',
  conditions: 'Allowed on conditions',
  'not-allowed': 'Not allowed',
};

const COLUMNS = { verdict: 'Verdict for your use', obligations: 'What it asks of you' };

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
      {/* Roles spelled out: on a phone the rows stack (display: block), which can drop them. */}
      <table className="license-table" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              License
            </th>
            <th scope="col" role="columnheader">
              {COLUMNS.verdict}
            </th>
            <th scope="col" role="columnheader">
              {COLUMNS.obligations}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {verdicts.map((verdict) => (
            <tr key={verdict.licenseId} role="row">
              <th scope="row" role="rowheader">
                <a href={verdict.url} rel="noreferrer noopener" target="_blank">
                  {verdict.name}
                </a>
              </th>
              <td role="cell" data-label={COLUMNS.verdict}>
                <span className={`verdict verdict-${verdict.verdict}`}>
                  {VERDICT_TEXT[verdict.verdict]}
                </span>
                <ul className="tight">
                  {verdict.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </td>
              <td role="cell" data-label={COLUMNS.obligations}>
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
