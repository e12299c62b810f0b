/** The shared journeys (tests/e2e/journeys) in Chromium with the built Chrome extension. */
import { describe } from 'vitest';
import { journeys } from './journeys';
import { launchChromiumDriver } from './support/chromium-driver';

describe('journeys in Chromium', () => {
  journeys(() => launchChromiumDriver());
});
