import { useEffect } from 'react';
import { useLocation, useNavigate, useNavigation, useNavigationType } from 'react-router';
import { useAnswersHash } from './answersHash';
import { isUnreadLink } from './linkState';
import { rememberOwnAddress } from './ownAddresses';

/**
 * Keeps the URL equal to the answers: every edit replaces the current history entry's fragment,
 * and step changes (which navigate) push a new entry carrying it. A query (a version-1 link, or
 * anything a referrer appended) is dropped, so answers leave the address the host sees. Paused
 * while the user decides between a link's answers and the saved ones.
 *
 * A share link opened in this tab changes only the fragment, so the page does not reload: the
 * browser adds an entry with no history state (React Router's key "default"), unlike Back and
 * Forward, which return to entries the wizard made. Such a link goes to `onLinkOpened` instead of
 * being overwritten. Renders nothing.
 */
export function UrlSync({
  paused = false,
  onLinkOpened,
}: {
  paused?: boolean;
  onLinkOpened?: (hash: string) => void;
}) {
  const hash = useAnswersHash();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const navigationType = useNavigationType();
  useEffect(() => {
    // Every fragment of the answers is this tab's own address once written (see ownAddresses).
    if (!paused) rememberOwnAddress(hash);
    // While a navigation is loading (a lazy page), replacing the URL would cancel it; the effect
    // runs again when it lands.
    if (paused || navigation.state !== 'idle') return;
    const opened = navigationType === 'POP' && location.key === 'default' && location.hash !== hash;
    if (opened && onLinkOpened && isUnreadLink(location.hash)) {
      onLinkOpened(location.hash);
      return;
    }
    if (hash !== location.hash || location.search !== '') {
      navigate(
        { pathname: location.pathname, search: '', hash },
        { replace: true, state: location.state, preventScrollReset: true },
      );
    }
  }, [
    paused,
    onLinkOpened,
    navigationType,
    location.key,
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
