import { describe, expect, it, vi } from 'vitest';
import { extensionLinks, readerPath, videoUrl } from '../../lib/ui/links';
import { parseReaderHash } from '../../lib/ui/reader';

describe('card links', () => {
  it('address a passage in the reader so the reader finds it again', () => {
    const path = readerPath('us-mexico-negotiations-podcast', 'us-mexico-negotiations-podcast/03');
    expect(path).toBe(
      '/reader.html#doc=us-mexico-negotiations-podcast&p=us-mexico-negotiations-podcast%2F03',
    );
    expect(parseReaderHash(path.slice(path.indexOf('#')))).toEqual({
      view: 'doc',
      docId: 'us-mexico-negotiations-podcast',
      passageId: 'us-mexico-negotiations-podcast/03',
    });
  });

  it('send a video link to the timestamp, in whole seconds', () => {
    expect(videoUrl('xPBejhoKlb8', 210)).toBe('https://www.youtube.com/watch?v=xPBejhoKlb8&t=210s');
    expect(videoUrl('xPBejhoKlb8', 12.7)).toBe('https://www.youtube.com/watch?v=xPBejhoKlb8&t=12s');
  });

  it("build the extension's own URLs and encode the search query", () => {
    const getURL = vi.fn((p: string) => `chrome-extension://id${p}`);
    const links = extensionLinks(getURL);
    expect(links.readerUrl({ id: 'doc/01', docId: 'doc' })).toBe(
      'chrome-extension://id/reader.html#doc=doc&p=doc%2F01',
    );
    expect(links.searchUrl('García Luna & co')).toBe(
      'chrome-extension://id/popup.html?q=Garc%C3%ADa+Luna+%26+co',
    );
    expect(links.openExtensionPage).toBeUndefined();
  });
});
