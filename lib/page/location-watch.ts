/**
 * Single-page sites change the address without a page load. Frontera notices by comparing
 * `location.href` with the last one it saw: on the browser's own (trusted) history and
 * navigation events, and once a second. A page can dispatch events of any name, so none is
 * trusted to mean "the address changed": only the address itself is.
 */
import type { PageHost } from './types';

const POLL_MS = 1000;

export function watchLocation(
  host: PageHost,
  win: Window,
  onChange: (href: string) => void,
  pollMs = POLL_MS,
): void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const onEvent = (e: Event) => {
    if (e.isTrusted) check();
  };
  host.addEventListener(win, 'popstate', onEvent);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    host.addEventListener(navigation, 'navigatesuccess', onEvent);
  }
  const poll = () => {
    if (!host.isValid) return;
    check();
    host.setTimeout(poll, pollMs);
  };
  host.setTimeout(poll, pollMs);
}
