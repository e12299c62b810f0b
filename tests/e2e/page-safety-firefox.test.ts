/** The page-safety suite (tests/e2e/page-safety) in Firefox ESR with the built Firefox add-on. */
import { describe } from 'vitest';
import { pageSafety } from './page-safety';
import { launchFirefoxDriver } from './support/firefox-driver';

describe('page safety in Firefox', () => {
  pageSafety(() => launchFirefoxDriver());
});
