/**
 * Runs before every unit-test file: the fake browser answers `i18n.getMessage` from the real
 * English catalogue, so components render the words users read. A Spanish test switches with
 * `setUiLanguage('es')` (tests/i18n/catalogue.ts) and back; tests that install their own
 * stand-in (tests/messages/fake-apis.ts echoes keys) replace this one for their file.
 */
import { setUiLanguage } from './i18n/catalogue';

setUiLanguage('en');
