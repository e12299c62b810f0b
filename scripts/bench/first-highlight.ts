/**
 * A page init script that records when the first Frontera highlight is on screen: it polls the
 * page's highlight registry each frame and stores the time in `window.__firstHighlight`.
 */
export const FIRST_HIGHLIGHT_INIT = `(() => {
  window.__firstHighlight = null;
  const tick = () => {
    const h = window.CSS && CSS.highlights && CSS.highlights.get('frontera-mention');
    if (h && h.size > 0) { window.__firstHighlight = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
