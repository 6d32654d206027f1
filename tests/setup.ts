import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of a wizard page imports its lazy route (catalogs, memory engine). On a busy
// 2-core CI machine that alone can take longer than Testing Library's default 1 s wait, so `find*`
// and `waitFor` wait up to 5 s. They still return as soon as the element is there.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
