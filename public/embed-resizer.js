// Sizes the iframes of the Taiyuan sanitation dashboard in a host page to their content. Each embedded page
// posts its height ('taiyuan-dashboard:height'); this script, loaded by the host from the dashboard's own
// address, sets the height of the iframe that sent it. It listens to the dashboard's origin only, and asks
// frames whose page reported before it listened to report again.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || script.src === '') return;
  const origin = new URL(script.src, window.location.href).origin;
  // The code pasted twice (two embeds on one page) runs this file twice: one listener, every frame asked once.
  const registry = (window.taiyuanDashboardResizers ??= {});
  let state = registry[origin];
  if (!state) {
    state = registry[origin] = { asked: new WeakSet() };
    const frameOf = (source) => [...document.getElementsByTagName('iframe')].find((frame) => frame.contentWindow === source);
    window.addEventListener('message', (event) => {
      if (event.origin !== origin) return;
      const data = event.data;
      if (data === null || typeof data !== 'object' || data.type !== 'taiyuan-dashboard:height') return;
      const height = Number(data.height);
      if (!Number.isFinite(height) || height <= 0) return;
      const frame = frameOf(event.source);
      if (frame) frame.style.height = `${String(Math.ceil(Math.min(height, 100000)))}px`;
    });
  }

  // Asked now and once loaded: a frame still loading holds a blank page, which drops the request (hence '*',
  // which asks for nothing secret). Frames further down the page are asked when the page has been parsed.
  const ask = (frame) => frame.contentWindow?.postMessage({ type: 'taiyuan-dashboard:measure' }, '*');
  const askAll = () => {
    for (const frame of document.getElementsByTagName('iframe')) {
      if (!frame.src.startsWith(origin) || state.asked.has(frame)) continue;
      state.asked.add(frame);
      frame.addEventListener('load', () => ask(frame));
      ask(frame);
    }
  };
  askAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', askAll, { once: true });
})();
