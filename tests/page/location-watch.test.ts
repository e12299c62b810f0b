import { describe, expect, it } from 'vitest';
import { watchLocation } from '../../lib/page/location-watch';
import { fakeHost } from './support';

describe('the address watch (single-page navigation)', () => {
  it('reacts to the address changing, not to events a page dispatches', async () => {
    const host = fakeHost();
    const seen: string[] = [];
    watchLocation(host, window, (href) => seen.push(href), 10);
    // A page can forge these; the address did not change, so nothing follows.
    for (let i = 0; i < 50; i++) {
      window.dispatchEvent(new PopStateEvent('popstate'));
      window.dispatchEvent(new Event('navigatesuccess'));
    }
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual([]);
    history.pushState(null, '', '/next-story');
    await expect.poll(() => seen).toEqual([new URL('/next-story', location.href).href]);
    host.invalidate();
  });
});
