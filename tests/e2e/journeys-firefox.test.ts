/** The shared journeys (tests/e2e/journeys) in Firefox ESR with the built Firefox add-on. */
import { describe } from 'vitest';
import { journeys } from './journeys';
import { launchFirefoxDriver } from './support/firefox-driver';

describe('journeys in Firefox', () => {
  journeys(() => launchFirefoxDriver());
});
