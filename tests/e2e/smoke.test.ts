import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, EXTENSION_DIR_OVERRIDE } from './support/browser';
import { useExtension } from './support/sessions';

const manifest = JSON.parse(
  readFileSync(join(EXTENSION_DIR_OVERRIDE ?? EXTENSION_DIR, 'manifest.json'), 'utf8'),
) as Record<string, unknown>;

describe('the built extension', () => {
  const ext = useExtension();

  it('loads in Chromium and starts its background service worker', () => {
    expect(ext.browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('carries only Chrome keys in its manifest', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('browser_specific_settings');
    expect(manifest).not.toHaveProperty('optional_permissions');
  });

  it('shows no manifest error or warning on chrome://extensions', async () => {
    const { context, extensionId } = ext.browser;
    const page = await context.newPage();
    await page.goto('chrome://extensions/');
    // What a developer sees: the errors panel collects manifest errors in developer mode, for a
    // load after it is switched on; so switch it on and reload the extension.
    const restarted = context.waitForEvent('serviceworker');
    await page.evaluate(async (id) => {
      const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } })
        .chrome.developerPrivate;
      await dp.updateProfileConfiguration({ inDeveloperMode: true });
      await dp.reload(id, { failQuietly: false, populateErrorForUnpacked: true });
    }, extensionId);
    await restarted;
    const info = await page.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }
        ).chrome.developerPrivate.getExtensionInfo(id),
      extensionId,
    );
    expect(info.errorCollection.isActive).toBe(true);
    expect(info.manifestErrors.map((e) => e.message)).toEqual([]);
    expect(info.installWarnings).toEqual([]);
    await page.close();
  });
});

/** The part of chrome.developerPrivate (chrome://extensions' own API) the test uses. */
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  reload(id: string, options: object): Promise<void>;
  getExtensionInfo(id: string): Promise<{
    errorCollection: { isActive: boolean };
    manifestErrors: { message: string }[];
    installWarnings: string[];
  }>;
}
