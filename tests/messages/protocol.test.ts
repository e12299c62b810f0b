/**
 * The typed protocol end to end inside one context: a receiver's handler map answers what a
 * sender asks, through @webext-core/messaging over WXT's fake browser.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundProtocol, type Handlers, serve, toBackground } from '../../lib/messages';

afterEach(() => {
  toBackground.removeAllListeners();
  fakeBrowser.reset();
});

const unused = () => {
  throw new Error('not asked');
};
const NAMES: (keyof BackgroundProtocol)[] = [
  'content:get-card',
  'content:page-mentions',
  'content:open-extension-page',
  'content:match',
  'content:could-be-on-topic',
  'content:load-script',
  'library:save-tab',
  'library:add-name',
  'library:changed',
  'library:search',
];
/** Every handler refusing: each test replaces the ones it asks. */
const none = Object.fromEntries(
  NAMES.map((n) => [n, unused]),
) as unknown as Handlers<BackgroundProtocol>;

describe('serve', () => {
  it('answers each message with its handler, and passes the handler’s error back', async () => {
    serve(toBackground, {
      ...none,
      'content:could-be-on-topic': ({ text }) => text.includes('Sheinbaum'),
      'content:load-script': async () => {
        throw new Error('no such frame');
      },
    });
    expect(await toBackground.sendMessage('content:could-be-on-topic', { text: 'Sheinbaum' })).toBe(
      true,
    );
    await expect(
      toBackground.sendMessage('content:load-script', { script: 'card-ui' }),
    ).rejects.toThrow('no such frame');
  });

  it('stops answering when its receiver is gone (an invalidated content script)', async () => {
    let valid = true;
    const handler = vi.fn(() => true);
    const stop = serve(
      toBackground,
      {
        ...none,
        'content:could-be-on-topic': handler,
      },
      () => valid,
    );
    valid = false;
    expect(await toBackground.sendMessage('content:could-be-on-topic', { text: 'x' })).toBe(
      undefined,
    );
    expect(handler).not.toHaveBeenCalled();
    stop();
    await expect(
      toBackground.sendMessage('content:could-be-on-topic', { text: 'x' }),
    ).rejects.toThrow();
  });
});
