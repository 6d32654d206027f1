import { useEffect } from 'react';
import { useLocation, useNavigate, useNavigation } from 'react-router';
import { useAnswersHash } from './answersHash';

/**
 * Keeps the URL equal to the answers: every edit replaces the current history entry's fragment,
 * and step changes (which navigate) push a new entry carrying it. A query (a version-1 link, or
 * anything a referrer appended) is dropped, so answers leave the address the host sees. Paused
 * while the user decides between a link's answers and the saved ones. Renders nothing.
 */
export function UrlSync({ paused = false }: { paused?: boolean }) {
  const hash = useAnswersHash();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  useEffect(() => {
    // While a navigation is loading (a lazy page), replacing the URL would cancel it; the effect
    // runs again when it lands.
    if (paused || navigation.state !== 'idle') return;
    if (hash !== location.hash || location.search !== '') {
      navigate(
        { pathname: location.pathname, search: '', hash },
        { replace: true, state: location.state, preventScrollReset: true },
      );
    }
  }, [
    paused,
    hash,
    location.pathname,
    location.search,
    location.hash,
    location.state,
    navigate,
    navigation.state,
  ]);
  return null;
}
