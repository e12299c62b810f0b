import { describe, expect, it } from 'vitest';
import { useExtension } from './support/sessions';

describe('the built extension', () => {
  const ext = useExtension();

  it('loads in Chromium and starts its background service worker', () => {
    expect(ext.browser.extensionId).toMatch(/^[a-p]{32}$/);
  });
});
