import { useCallback } from 'react';
import { toggleCompared } from '../../domain/compare';
import { useWizard } from '../../state/store';

/** The two answers the results set directly: the pinned model and the models to compare. */
export function useModelChoice() {
  const setScale = useWizard((state) => state.setScale);
  const pin = useCallback((id: string) => setScale({ pinnedModel: id }), [setScale]);
  const unpin = useCallback(() => setScale({ pinnedModel: null }), [setScale]);
  const toggleCompare = useCallback(
    (id: string) =>
      setScale({ compareModels: toggleCompared(useWizard.getState().scale.compareModels, id) }),
    [setScale],
  );
  return { pin, unpin, toggleCompare };
}
