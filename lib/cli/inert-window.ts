/**
 * A happy-dom window that only parses: no script runs, nothing is fetched, no style is computed.
 * What the command line and the page scripts use to read a saved HTML page as a browser would lay
 * out its DOM, without letting the page do anything.
 */
import { Window } from 'happy-dom';

export function inertWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
}
