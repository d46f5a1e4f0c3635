// The code that puts a view of the dashboard into another page: an iframe of the app's own address with
// `embed=1` and the view state, and the resizer script (its own file in the build, public/embed-resizer.js)
// that sizes the iframe to the height the embedded page reports.

import { serializeViewState, type ViewState } from './viewState';

/** The resizer's file name, beside index.html in the build. */
export const RESIZER_FILE = 'embed-resizer.js';
/** The message type an embedded page posts its height with; public/embed-resizer.js listens for it. */
export const HEIGHT_MESSAGE = 'taiyuan-dashboard:height';

export interface EmbedOptions {
  /** The app's address up to its folder, ending in '/' (the page the code embeds). */
  appUrl: string;
  state: ViewState;
  /** The iframe's title: what a screen reader announces for the frame. */
  title: string;
  /** In CSS pixels, or 'full' for the width of the host's column. */
  width: number | 'full';
  /** The height before the embedded page has reported its own. */
  height: number;
  /** The embedded page's full address when it is more than the view state (a period's data in its fragment). */
  src?: string | undefined;
}

// Both addresses name their language: the host page's readers have browsers of their own, and the frame shows
// the language the code was made in (the same address the share link gives, before its data is compressed).

/** The embedded page's address: the view state with embed=1. */
export function embedUrl(appUrl: string, state: ViewState): string {
  return `${appUrl}${serializeViewState({ ...state, embed: true }, undefined, true)}`;
}

/** The full dashboard in the same state: where the embedded page's "open" link leads. */
export function dashboardUrl(appUrl: string, state: ViewState): string {
  return `${appUrl}${serializeViewState({ ...state, embed: false }, undefined, true)}`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedCode({ appUrl, state, title, width, height, src = embedUrl(appUrl, state) }: EmbedOptions): string {
  const frameWidth = width === 'full' ? '100%' : String(width);
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${frameWidth}" height="${String(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script src="${attribute(`${appUrl}${RESIZER_FILE}`)}" async></script>`,
  ].join('\n');
}
