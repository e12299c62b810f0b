/** Proposed names end to end (tests/e2e/journeys/suggestions.ts) in Chromium. */
import { describe } from 'vitest';
import { suggestionsJourney } from './journeys/suggestions';
import { launchChromiumDriver } from './support/chromium-driver';

describe('proposed names in Chromium', () => {
  suggestionsJourney(() => launchChromiumDriver());
});
