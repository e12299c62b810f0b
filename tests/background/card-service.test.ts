import { describe, expect, it, vi } from 'vitest';
import {
  createCardService,
  handleCardMessage,
  isOpenableExtensionUrl,
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

  it("answers 'content:get-card' and ignores other messages", async () => {
    const service = createCardService(async () => corpus);
    const open = vi.fn(async () => {});
    const reply = await handleCardMessage(
      service,
      { type: 'content:get-card', entityId: 'amlo', pageEntityIds: [] },
      open,
      ORIGIN,
    );
    expect((reply as { entity: { name: string } }).entity.name).toBe('Andrés Manuel López Obrador');
    expect(
      handleCardMessage(service, { type: 'content:page-mentions', entities: [] }, open, ORIGIN),
    ).toBeUndefined();
    expect(handleCardMessage(service, 'hello', open, ORIGIN)).toBeUndefined();
  });

  it('starts loading the corpus when a page reports names, without answering for the badge', async () => {
    const load = vi.fn(async () => corpus);
    const service = createCardService(load);
    const open = vi.fn(async () => {});
    const none = { type: 'content:page-mentions', entities: [] };
    expect(handleCardMessage(service, none, open, ORIGIN)).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    const some = {
      type: 'content:page-mentions',
      entities: [{ id: 'amlo', name: 'AMLO', type: 'person', count: 2 }],
    };
    expect(handleCardMessage(service, some, open, ORIGIN)).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
    await service.getCard('amlo', []);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("opens only the extension's own reader and popup pages for a page", async () => {
    const open = vi.fn(async () => {});
    const service = createCardService(async () => corpus);
    const url = 'chrome-extension://abc/reader.html#doc=pod&p=pod%2F01';
    expect(
      await handleCardMessage(service, { type: 'content:open-extension-page', url }, open, ORIGIN),
    ).toBe(true);
    expect(open).toHaveBeenCalledWith(url);
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
