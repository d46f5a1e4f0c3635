// Sizes the iframes of the Taiyuan sanitation dashboard in a host page to their content. Each embedded page
// posts its height ('taiyuan-dashboard:height'); this script, loaded by the host from the dashboard's own
// address, sets the height of the iframe that sent it. It listens to the dashboard's origin only, and asks
// frames that loaded before it to report again.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || script.src === '') return;
  const origin = new URL(script.src, window.location.href).origin;
  const key = `taiyuanDashboardResizer:${origin}`;
  // The code pasted twice (two embeds on one page) listens once.
  if (document.documentElement.dataset[key.replace(/[^a-z]/gi, '')] === '1') return;
  document.documentElement.dataset[key.replace(/[^a-z]/gi, '')] = '1';

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

  // Frames whose page reported before this script listened are asked again: now, and once they have loaded (a
  // frame still loading holds a blank page, which drops the request; hence '*', which asks for nothing secret).
  const ask = (frame) => frame.contentWindow?.postMessage({ type: 'taiyuan-dashboard:measure' }, '*');
  for (const frame of document.getElementsByTagName('iframe')) {
    if (!frame.src.startsWith(origin)) continue;
    frame.addEventListener('load', () => ask(frame));
    ask(frame);
  }
})();
