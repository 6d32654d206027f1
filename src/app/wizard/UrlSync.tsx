import { useEffect } from 'react';
import { useLocation, useNavigate, useNavigation } from 'react-router';
import { encodeAnswers } from '../../domain/share/urlCodec';
import { useAnswers } from '../../state/selectors';
import { useWizard } from '../../state/store';

/**
 * Keeps the URL equal to the answers: every edit replaces the current history entry's query, and
 * step changes (which navigate) push a new entry carrying it. Renders nothing.
 */
export function UrlSync() {
  const answers = useAnswers();
  const completed = useWizard((s) => s.completed);
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  useEffect(() => {
    // While a navigation is loading (a lazy page), replacing the URL would cancel it; the effect
    // runs again when it lands.
    if (navigation.state !== 'idle') return;
    const search = `?${encodeAnswers(answers, completed)}`;
    if (search !== location.search) {
      navigate(
        { pathname: location.pathname, search, hash: location.hash },
        { replace: true, state: location.state, preventScrollReset: true },
      );
    }
  }, [
    answers,
    completed,
    location.pathname,
    location.search,
    location.hash,
    location.state,
    navigate,
    navigation.state,
  ]);
  return null;
}
