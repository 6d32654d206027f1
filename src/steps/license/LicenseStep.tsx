import { Checkbox } from '../../components/form/Checkbox';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { LiveSummary } from '../../components/LiveSummary';
import { Notice } from '../../components/Notice';
import { LicenseTable } from '../../results/LicenseTable';
import { useRecommendation } from '../../state/selectors';
import { useWizard } from '../../state/store';
import { StepFrame } from '../StepFrame';
import { stepMeta } from '../steps';

export function LicenseStep() {
  const license = useWizard((s) => s.license);
  const setLicense = useWizard((s) => s.setLicense);
  const recommendation = useRecommendation();
  const excluded = recommendation.nearMisses.filter((c) => c.license?.verdict === 'not-allowed');

  return (
    <StepFrame
      step={stepMeta('license')}
      errors={[]}
      attempt={0}
      onNext={() => true}
      guidance={<LicenseGuidance />}
    >
      <ChoiceGroup
        name="intendedUse"
        legend="What will you use the model for?"
        value={license.intendedUse}
        onChange={(intendedUse) => setLicense({ intendedUse })}
        choices={[
          {
            value: 'commercial',
            label: 'A commercial product or service',
            description: 'Non-commercial licenses (CC-BY-NC, Qwen Research) are ruled out.',
          },
          {
            value: 'internal',
            label: 'Internal business use',
            description: 'Still commercial use: non-commercial licenses are ruled out.',
          },
          {
            value: 'research',
            label: 'Research only',
            description: 'Non-commercial licenses become possible; publishing terms still apply.',
          },
        ]}
      />
      <ChoiceGroup
        name="userScale"
        legend="How many monthly active users do your products have (with your affiliates)?"
        value={license.userScale}
        onChange={(userScale) => setLicense({ userScale })}
        choices={[
          {
            value: 'under-100m',
            label: 'Fewer than 100 million',
            description: 'Below every threshold in these licenses.',
          },
          {
            value: '100m-700m',
            label: '100–700 million',
            description: 'Above the Qwen License’s 100 million: Qwen needs a separate license.',
          },
          {
            value: 'over-700m',
            label: 'More than 700 million',
            description:
              'Above the Llama licenses’ 700 million: Llama needs a separate license from Meta.',
          },
        ]}
      />
      <Checkbox
        id="attributionOk"
        label="Visible attribution is acceptable (e.g. “Built with Llama” in the product)"
        description="Unticked, licenses that require a visible credit are ruled out."
        checked={license.attributionOk}
        onChange={(attributionOk) => setLicense({ attributionOk })}
      />
      <Checkbox
        id="redistributeWeights"
        label="We will share or ship the fine-tuned weights"
        description="Redistribution brings extra duties: passing on the license, naming rules, notices."
        checked={license.redistributeWeights}
        onChange={(redistributeWeights) => setLicense({ redistributeWeights })}
      />
      <LiveSummary recommendation={recommendation} />
      {excluded.length > 0 ? (
        <Notice tone="warning" title="Ruled out by license">
          <ul className="tight">
            {excluded.map((candidate) => (
              <li key={candidate.id}>
                {candidate.name}: {candidate.license?.reasons[0]}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <LicenseTable
        verdicts={recommendation.licenses}
        caption="Verdict per license for your answers"
      />
    </StepFrame>
  );
}

function LicenseGuidance() {
  return (
    <>
      <h2>What the licenses require</h2>
      <p>
        <strong>Apache-2.0 and MIT</strong> allow any use: keep the license text and copyright
        notices with what you ship.
      </p>
      <p>
        <strong>Llama 3.x Community Licenses</strong> allow commercial use below 700 million monthly
        active users, with a visible “Built with Llama”, model names starting with “Llama” for
        shared derivatives, and Meta’s acceptable-use policy.
      </p>
      <p>
        <strong>Gemma Terms of Use</strong> allow commercial use; the use restrictions pass on to
        everyone you share the model with.
      </p>
      <p>
        <strong>Qwen License</strong> allows commercial use up to 100 million monthly active users;{' '}
        <strong>Qwen Research License</strong> and <strong>CC-BY-NC-4.0</strong> allow research
        only.
      </p>
      <Notice tone="warning" title="Not legal advice">
        These are plain-language summaries to narrow the choice. Read the license itself, and ask
        counsel before you ship.
      </Notice>
    </>
  );
}
