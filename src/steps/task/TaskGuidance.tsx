import { PURPOSE_IDS } from '../../domain/catalog/vocabulary';
import { PURPOSES } from '../../domain/recommend';

/** The guide's purpose → architecture table and the base vs instruct rule, in our words. */
export function TaskGuidance() {
  return (
    <>
      <h2>Purpose decides the architecture</h2>
      <div className="table-scroll">
        <table className="compact">
          <caption className="visually-hidden">
            Purpose, architecture and training objective
          </caption>
          <thead>
            <tr>
              <th scope="col">Purpose</th>
              <th scope="col">Architecture</th>
              <th scope="col">Typical uses</th>
            </tr>
          </thead>
          <tbody>
            {PURPOSE_IDS.map((purpose) => (
              <tr key={purpose}>
                <th scope="row">{PURPOSES[purpose].label}</th>
                <td>{PURPOSES[purpose].architectureLabel}</td>
                <td>{PURPOSES[purpose].typicalUses.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Base or instruct?</h2>
      <p>
        A <strong>base</strong> model has only learned to continue text. Pick it when you teach
        something new at the level of words: a language it barely knows, or a field’s specialised
        vocabulary.
      </p>
      <p>
        An <strong>instruct</strong> model has also learned to follow directions. Pick it when you
        adjust behaviour: tone, answer style, or a strict format such as JSON.
      </p>
      <p>
        Classifiers start from a pretrained encoder; embedding models and rerankers start from
        models already trained for the job.
      </p>
    </>
  );
}
