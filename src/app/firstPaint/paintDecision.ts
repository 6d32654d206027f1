import { recommend } from '../../domain/recommend/recommend';
import { decodeLink } from '../../domain/share/urlCodec';
import { FIRST_PAINT_ID } from './firstPaintLink';

/**
 * Shows a shared link's decision before React and the pages load: the link is decoded and
 * recommended exactly as the app will (decodeLink, recommend), and the sentence is written above
 * the app's root. The recommendation page removes it when it renders its own. A link that is not
 * a complete, current one paints nothing and the app handles it.
 */
export function paintDecision(hash: string) {
  const decoded = decodeLink({ search: '', hash });
  if (!decoded.hasAnswers || decoded.newer || decoded.completedSteps < 5) return;
  const { decision } = recommend(decoded.answers);
  const root = document.getElementById('root');
  if (!root || document.getElementById(FIRST_PAINT_ID)) return;
  const paint = document.createElement('div');
  paint.id = FIRST_PAINT_ID;
  paint.className = 'first-paint';
  const title = document.createElement('p');
  title.className = 'first-paint-title';
  title.textContent = 'Your recommendation';
  const sentence = document.createElement('p');
  sentence.className = 'lead decision-sentence';
  sentence.textContent = decision;
  paint.append(title, sentence);
  root.before(paint);
}
