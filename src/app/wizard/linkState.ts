import type { LoaderFunctionArgs } from 'react-router';
import { decodeAnswers } from '../../domain/share/urlCodec';
import { useWizard } from '../../state/store';

/** What opening the page's link did: the parameters it dropped, and whether it carried answers. */
export interface LinkStatus {
  fromLink: boolean;
  ignored: string[];
  /** A link from a newer Tunewise: nothing was read, the stored answers stay. */
  unreadable: boolean;
}

let status: LinkStatus | null = null;

/**
 * Reads the answers of a share link once per page load, before the wizard renders: a link with
 * answers replaces the stored ones; afterwards the store is the source of truth and the URL
 * follows it (UrlSync), so Back and Forward never undo edits.
 */
export function wizardLoader({ request }: LoaderFunctionArgs): LinkStatus {
  if (status) return status;
  const decoded = decodeAnswers(new URL(request.url).search);
  const unreadable = decoded.ignored.some((entry) => entry.startsWith('v ('));
  if (decoded.hasAnswers && !unreadable) {
    useWizard.getState().load(decoded.answers, decoded.completedSteps);
  }
  status = { fromLink: decoded.hasAnswers, ignored: decoded.ignored, unreadable };
  return status;
}

/** Forget the link read at load (tests render several "page loads" in one run). */
export function resetLinkStatus() {
  status = null;
}
