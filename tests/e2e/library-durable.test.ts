/**
 * A durable library, in the built extension in Chromium: the manifest's unlimitedStorage adds no
 * install warning (Chromium's own list of what it would show, for the manifest with and without
 * it), and the options' library section reports the storage the browser gives it and whether
 * the browser promised to keep it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, EXTENSION_DIR_OVERRIDE } from './support/browser';
import { useExtension } from './support/sessions';

const manifest = JSON.parse(
  readFileSync(join(EXTENSION_DIR_OVERRIDE ?? EXTENSION_DIR, 'manifest.json'), 'utf8'),
) as { permissions: string[] };

describe('a durable library (Chromium)', () => {
  const ext = useExtension();

  it('asks for unlimitedStorage, which adds no warning to what Chromium shows at install', async () => {
    expect(manifest.permissions).toContain('unlimitedStorage');
    const { context, extensionId } = ext.browser;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const warnings = await page.evaluate(async (m) => {
      const management = (
        globalThis as unknown as {
          chrome: { management: { getPermissionWarningsByManifest(m: string): Promise<string[]> } };
        }
      ).chrome.management;
      const without = { ...m, permissions: m.permissions.filter((p) => p !== 'unlimitedStorage') };
      return {
        with: await management.getPermissionWarningsByManifest(JSON.stringify(m)),
        without: await management.getPermissionWarningsByManifest(JSON.stringify(without)),
      };
    }, manifest);
    console.log('Chromium install warnings:', JSON.stringify(warnings.with));
    expect(warnings.with).toEqual(warnings.without);
    await page.close();
  });

  it('the options say how much room the library takes, and what the browser promises', async () => {
    const { context, extensionId } = ext.browser;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const storage = page.locator('.fr-library-storage');
    await expect
      .poll(() => storage.textContent(), { timeout: 15_000 })
      .toMatch(/^Frontera’s storage in this browser: [\d.]+ [kMG]B used, of [\d.]+ [kMGT]B/);
    // Chromium grants persist() by its own measure of engagement (a fresh headless profile has
    // none): the options say what it answered, either way.
    console.log('Chromium storage:', await storage.textContent());
    expect(await storage.textContent()).toMatch(
      /(The browser keeps it|The browser has not promised to keep it)/,
    );
    expect(await page.locator('.fr-library-last-export').textContent()).toBe(
      'Never exported from this browser.',
    );
    await page.close();
  });
});
