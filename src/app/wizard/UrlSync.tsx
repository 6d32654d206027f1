import { useEffect } from 'react';
import { useLocation, useNavigate, useNavigation } from 'react-router';
import { useAnswersSearch } from './answersSearch';

/**
 * Keeps the URL equal to the answers: every edit replaces the current history entry's query, and
 * step changes (which navigate) push a new entry carrying it. Renders nothing.
 */
export function UrlSync() {
  const search = useAnswersSearch();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  useEffect(() => {
    // While a navigation is loading (a lazy page), replacing the URL would cancel it; the effect
    // runs again when it lands.
    if (navigation.state !== 'idle') return;
    if (search !== location.search) {
      navigate(
        { pathname: location.pathname, search, hash: location.hash },
        { replace: true, state: location.state, preventScrollReset: true },
      );
    }
  }, [
    search,
    location.pathname,
    location.search,
    location.hash,
    location.state,
    navigate,
    navigation.state,
  ]);
  return null;
}
