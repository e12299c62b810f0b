import { describe, expect, it, vi } from 'vitest';
import {
  cardHandlers,
  createCardService,
  isOpenableExtensionUrl,
  warmCardService,
} from '../../lib/background/card-service';
import type { CorpusData } from '../../lib/corpus/types';
import fixture from '../fixtures/ui/corpus.json';

const corpus = fixture as CorpusData;
const ORIGIN = 'chrome-extension://abc/';

describe('the card service', () => {
  it('loads the corpus once, on the first request, and answers cards ranked for the page', async () => {
    const load = vi.fn(async () => corpus);
    const service = createCardService(load);
    expect(load).not.toHaveBeenCalled();
    const card = await service.getCard('claudia-sheinbaum', ['fentanyl', 'sinaloa-cartel']);
    await service.getCard('amlo', []);
    expect(load).toHaveBeenCalledTimes(1);
    expect(card?.excerpts[0]?.passage.id).toBe('news-one/02');
  });

  it('retries the load after a failure', async () => {
    const load = vi
      .fn<() => Promise<CorpusData>>()
      .mockRejectedValueOnce(new Error('boom'))
      .mockResolvedValue(corpus);
    const service = createCardService(load);
    await expect(service.getCard('amlo', [])).rejects.toThrow('boom');
    expect((await service.getCard('amlo', []))?.entity.id).toBe('amlo');
  });

  it("answers 'content:get-card' with the card, and with none when it fails", async () => {
    const service = createCardService(async () => corpus);
    const handlers = cardHandlers(
      service,
      vi.fn(async () => {}),
      ORIGIN,
    );
    const reply = await handlers['content:get-card']({ entityId: 'amlo', pageEntityIds: [] }, {});
    expect(reply?.entity.name).toBe('Andrés Manuel López Obrador');
    const broken = cardHandlers(
      createCardService(async () => Promise.reject(new Error('no corpus'))),
      vi.fn(async () => {}),
      ORIGIN,
    );
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await broken['content:get-card']({ entityId: 'amlo', pageEntityIds: [] }, {})).toBe(
      null,
    );
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('starts loading the corpus when a page reports names', async () => {
    const load = vi.fn(async () => corpus);
    const service = createCardService(load);
    warmCardService(service, []);
    expect(load).not.toHaveBeenCalled();
    warmCardService(service, [{ id: 'amlo', name: 'AMLO', type: 'person', count: 2 }]);
    expect(load).toHaveBeenCalledTimes(1);
    await service.getCard('amlo', []);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("opens only the extension's own reader and popup pages for a page", async () => {
    const open = vi.fn(async () => {});
    const handlers = cardHandlers(
      createCardService(async () => corpus),
      open,
      ORIGIN,
    );
    const url = 'chrome-extension://abc/reader.html#doc=pod&p=pod%2F01';
    expect(await handlers['content:open-extension-page']({ url }, {})).toBe(true);
    expect(open).toHaveBeenCalledWith(url);
    expect(
      await handlers['content:open-extension-page']({ url: 'https://evil.example/' }, {}),
    ).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    for (const bad of [
      'https://evil.example/reader.html',
      'chrome-extension://other/reader.html',
      'chrome-extension://abc/options.html',
      'javascript:alert(1)',
    ]) {
      expect(isOpenableExtensionUrl(bad, ORIGIN)).toBe(false);
    }
  });
});
