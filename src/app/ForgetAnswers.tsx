import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  ANSWERS_STORAGE_KEY,
  OWN_ADDRESSES_KEY,
  safeLocalStorage,
  safeSessionStorage,
} from './adapters/storage';

/**
 * Clears everything Tunewise keeps in this browser (the answers and the progress), after a
 * confirmation, and starts over on the landing page. The wizard's store loads only if the page
 * has it already or on this click, so the landing page stays light.
 */
export function ForgetAnswers() {
  const navigate = useNavigate();
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle');

  const clear = async () => {
    const [{ useWizard }, { resetLinkStatus }] = await Promise.all([
      import('../state/store'),
      import('./wizard/linkState'),
    ]);
    useWizard.getState().reset();
    await useWizard.persist.clearStorage();
    safeLocalStorage.removeItem(ANSWERS_STORAGE_KEY);
    safeSessionStorage.removeItem(OWN_ADDRESSES_KEY);
    resetLinkStatus();
    setStep('done');
    navigate('/', { replace: false });
  };

  if (step === 'confirm') {
    return (
      <div className="forget-answers" role="group" aria-label="Clear saved answers">
        <p>Clear the answers saved in this browser? A share link you sent keeps working.</p>
        <button type="button" className="button" onClick={() => void clear()}>
          Clear everything
        </button>{' '}
        <button type="button" className="button secondary" onClick={() => setStep('idle')}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="forget-answers">
      <button type="button" className="link-button" onClick={() => setStep('confirm')}>
        Clear my saved answers
      </button>
      <p aria-live="polite" className="forget-status">
        {step === 'done' ? 'Your saved answers are cleared.' : ''}
      </p>
    </div>
  );
}
