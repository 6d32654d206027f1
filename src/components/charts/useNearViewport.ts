import { useEffect, useRef, useState, type RefObject } from 'react';

/** How far outside the viewport a chart starts loading, so it is ready when scrolled to. */
export const NEAR_VIEWPORT_MARGIN = '200px';

/**
 * Whether the element behind the returned ref is on screen or within
 * {@link NEAR_VIEWPORT_MARGIN} of it. Stays true once reached. With `immediate` (print layouts),
 * or where IntersectionObserver does not exist (jsdom, old browsers), it is true from the start.
 */
export function useNearViewport<T extends Element>(
  immediate: boolean,
): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [reached, setReached] = useState(() => typeof IntersectionObserver === 'undefined');
  const near = immediate || reached;

  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setReached(true);
          observer.disconnect();
        }
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  return [ref, near];
}
