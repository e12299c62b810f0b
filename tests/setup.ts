/**
 * Runs before every unit-test file: the fake browser answers `i18n.getMessage` from the real
 * English catalogue, so components render the words users read. A Spanish test switches with
 * `setUiLanguage('es')` (tests/i18n/catalogue.ts) and back; tests that install their own
 * stand-in (tests/messages/fake-apis.ts echoes keys) replace this one for their file.
 */
import { vi } from 'vitest';
import { setUiLanguage } from './i18n/catalogue';

setUiLanguage('en');

// vi.waitFor gives up after 1 s by default. On a loaded 2-core CI machine a render that a reader
// would see at once can take longer; a wait still ends the moment the expectation holds.
const waitFor = vi.waitFor;
vi.waitFor = ((callback, options) =>
  waitFor(
    callback,
    typeof options === 'number' ? options : { timeout: 10_000, ...options },
  )) as typeof vi.waitFor;
