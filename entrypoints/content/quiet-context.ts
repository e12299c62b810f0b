/**
 * WXT's content-script context without its page-visible signals. WXT's own context announces
 * every start with a `window.postMessage({ type: "<extension id>:content:wxt:content-script-
 * started" })` and a CustomEvent on `document`, and stops itself when it sees that event: every
 * page learns that Frontera is installed (and its id), and a page that dispatches the same event
 * turns Frontera off. wxt.config.ts has WXT's content-script entry import this class instead.
 *
 * The one job those signals did — an older copy of the script (left behind by an extension update
 * or reload) stops when a newer one starts — is done through the content script's own global
 * object, which the page cannot see or reach.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Where the running copy leaves its stop function, in the isolated world's global object. */
const STOP_OLDER = Symbol.for('frontera:stop-content-script');

type Slot = { [STOP_OLDER]?: () => void };

class QuietContentScriptContext extends ContentScriptContext {
  override stopOldScripts(): void {
    const older = (globalThis as Slot)[STOP_OLDER];
    if (typeof older === 'function') older();
  }

  override listenForNewerScripts(): void {
    const stop = () => this.notifyInvalidated();
    (globalThis as Slot)[STOP_OLDER] = stop;
    this.onInvalidated(() => {
      if ((globalThis as Slot)[STOP_OLDER] === stop) delete (globalThis as Slot)[STOP_OLDER];
    });
  }
}

export { QuietContentScriptContext as ContentScriptContext };
