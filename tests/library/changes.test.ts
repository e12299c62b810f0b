// @vitest-environment node
/**
 * Every open extension page hears that the library changed (another tab saved, imported or
 * removed something), and a page never hears its own announcement.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  announceLibraryChange,
  LIBRARY_CHANNEL,
  watchLibraryChanges,
} from '../../lib/library/changes';

const open: BroadcastChannel[] = [];
/** Another page's channel. */
const otherPage = (name: string) => {
  const ch = new BroadcastChannel(name);
  open.push(ch);
  return ch;
};
afterEach(() => {
  for (const ch of open.splice(0)) ch.close();
});

describe('library change notices', () => {
  it('another page hears what this one announces, and this one does not hear itself', async () => {
    const heard = vi.fn();
    const mine = vi.fn();
    const stop = watchLibraryChanges(heard, otherPage);
    const stopMine = watchLibraryChanges(mine);
    announceLibraryChange('article');
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith('article'));
    stop();
    announceLibraryChange('name');
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(mine).not.toHaveBeenCalled();
    stopMine();
  });

  it('ignores anything on the channel that is not a notice', async () => {
    const heard = vi.fn();
    const stop = watchLibraryChanges(heard);
    const other = otherPage(LIBRARY_CHANNEL);
    other.postMessage({ type: 'library-changed', kind: 'everything' });
    other.postMessage('library-changed');
    other.postMessage({ type: 'library-changed', kind: 'other' });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith('other'));
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });

  it('without BroadcastChannel, does nothing and never throws', () => {
    expect(() => announceLibraryChange('other', null)).not.toThrow();
    expect(watchLibraryChanges(() => {}, null)).toBeTypeOf('function');
  });
});
