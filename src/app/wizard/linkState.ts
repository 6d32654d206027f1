import type { LoaderFunctionArgs } from 'react-router';
import { answerDifferences, type AnswerDifference } from '../../domain/export/answerDiff';
import { defaultAnswers, type Answers } from '../../domain/recommend';
import { decodeLink } from '../../domain/share/urlCodec';
import { selectAnswers } from '../../state/selectors';
import { useWizard } from '../../state/store';
import { pageHash } from '../adapters/browser';
import { ANSWERS_STORAGE_KEY, safeLocalStorage } from '../adapters/storage';
import { isOwnAddress } from './ownAddresses';

/** A link whose answers differ from those saved in this browser: it waits for the user. */
export interface PendingLink {
  answers: Answers;
  completedSteps: number;
  /** What opening it would replace. */
  differences: AnswerDifference[];
}

/** What opening the page's link did: the parameters it dropped, and whether it carried answers. */
export interface LinkStatus {
  fromLink: boolean;
  ignored: string[];
  /** A link from a newer Tunewise: nothing was read, the stored answers stay. */
  unreadable: boolean;
  /** Set until the user chooses between the link's answers and the saved ones. */
  pending: PendingLink | null;
}

let status: LinkStatus | null = null;
/** The fragment whose link was last read, so that it is not read again. */
let handledHash: string | null = null;

/** The answers saved by an earlier visit, or null when there are none worth asking about. */
function savedAnswers(): { answers: Answers; completed: number } | null {
  if (safeLocalStorage.getItem(ANSWERS_STORAGE_KEY) === null) return null;
  const state = useWizard.getState();
  const saved = { answers: selectAnswers(state), completed: state.completed };
  const untouched = answerDifferences(saved, { answers: defaultAnswers(), completed: 0 });
  return untouched.length === 0 ? null : saved;
}

/**
 * Reads the answers of a share link once per page load, before the wizard renders. The answers
 * live in the fragment (`#v=2&…`; the loader's request carries no fragment, so it is read from the
 * page) or, in version-1 links, in the query. A link's answers replace the stored ones at once
 * when nothing different is saved; otherwise they wait for the user's choice (`pending`).
 * Afterwards the store is the source of truth and the URL follows it (UrlSync), so Back and
 * Forward never undo edits.
 */
export function wizardLoader({ request }: LoaderFunctionArgs): LinkStatus {
  if (status) return status;
  const hash = pageHash();
  // A reload of this tab's own address, which can lag the saved answers by a render, is not a
  // link: the saved answers stand and the address follows them.
  return readLink(new URL(request.url).search, hash, isOwnAddress(hash));
}

/**
 * A link opened in a tab already showing the wizard: a share link differs from the page only in
 * its fragment, so the browser does not reload and the loader does not run. Reads it like a page
 * load and returns the new status.
 */
export function openLinkInPlace(hash: string): LinkStatus {
  return readLink('', hash);
}

/**
 * Whether a fragment the browser navigated to is a link not read yet (rather than the address the
 * wizard wrote itself, or a skip link's `#main`).
 */
export function isUnreadLink(hash: string): boolean {
  return hash !== handledHash && decodeLink({ search: '', hash }).hasAnswers;
}

function readLink(search: string, hash: string, ownAddress = false): LinkStatus {
  handledHash = hash;
  const decoded = decodeLink(ownAddress ? { search: '', hash: '' } : { search, hash });
  let pending: PendingLink | null = null;
  if (decoded.hasAnswers && !decoded.newer) {
    const saved = savedAnswers();
    const link = { answers: decoded.answers, completed: decoded.completedSteps };
    const differences = saved ? answerDifferences(saved, link) : [];
    if (differences.length === 0) {
      useWizard.getState().load(decoded.answers, decoded.completedSteps);
    } else {
      pending = { answers: decoded.answers, completedSteps: decoded.completedSteps, differences };
    }
  }
  status = {
    fromLink: decoded.hasAnswers,
    ignored: decoded.ignored,
    unreadable: decoded.newer,
    pending,
  };
  return status;
}

/**
 * The user's choice for a pending link: its answers replace the saved ones, or are dropped (and
 * so is the report of the link's ignored fields). Returns the status from now on; a wizard that
 * mounts again later reads it with `linkStatus`.
 */
export function settlePendingLink(useLink: boolean): LinkStatus | null {
  const pending = status?.pending;
  if (!status || !pending) return status;
  if (useLink) useWizard.getState().load(pending.answers, pending.completedSteps);
  status = { ...status, pending: null, ignored: useLink ? status.ignored : [] };
  return status;
}

/** The link's status as of now (the loader's result, once the user has settled a pending link). */
export function linkStatus(): LinkStatus | null {
  return status;
}

/** Forget the link read at load (tests render several "page loads" in one run). */
export function resetLinkStatus() {
  status = null;
  handledHash = null;
}
