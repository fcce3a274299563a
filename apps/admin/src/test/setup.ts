import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

/** jsdom has no layout: answer media queries as a 1280px-wide desktop window would (min-/max-width only). */
function matchMedia(query: string): MediaQueryList {
  const width = 1280;
  const min = /min-width:\s*([\d.]+)px/.exec(query);
  const max = /max-width:\s*([\d.]+)px/.exec(query);
  const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  };
}

beforeEach(() => {
  window.matchMedia = matchMedia;
  window.localStorage.clear();
  document.documentElement.lang = 'en';
  document.title = '';
});

afterEach(() => {
  cleanup();
});

// The first lazy page of a test file is transformed on demand, which can take more than the default second.
configure({ asyncUtilTimeout: 5000 });
