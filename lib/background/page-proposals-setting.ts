/** "Propose names from pages I read" follows the reader's setting (lib/settings/table.ts). */
import { loadSettings, watchSettings } from '../settings';
import type { PageProposals } from './page-proposals';

/** Keeps `pages` switched as the reader's setting says (off until the settings are read). */
export function followPageSetting(pages: PageProposals): void {
  void loadSettings().then((s) => pages.setEnabled(s.proposeFromPages));
  watchSettings((s) => pages.setEnabled(s.proposeFromPages));
}
