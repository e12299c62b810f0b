/** Proposed names end to end (tests/e2e/journeys/suggestions.ts) in Firefox. */
import { describe } from 'vitest';
import { suggestionsJourney } from './journeys/suggestions';
import { launchFirefoxDriver } from './support/firefox-driver';

describe('proposed names in Firefox', () => {
  suggestionsJourney(() => launchFirefoxDriver());
});
