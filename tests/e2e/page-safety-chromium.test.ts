/** The page-safety suite (tests/e2e/page-safety) in Chromium with the built Chrome extension. */
import { describe } from 'vitest';
import { pageSafety } from './page-safety';
import { launchChromiumDriver } from './support/chromium-driver';

describe('page safety in Chromium', () => {
  pageSafety(() => launchChromiumDriver());
});
