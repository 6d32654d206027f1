import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the page has painted. A lazy part rendered only when it is
 * true starts its import after the render that shows the page's main content, so that content
 * never waits for it (React.lazy alone starts the import during that render).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}
