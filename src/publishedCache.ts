// Where the service worker keeps the site's published months (data/): fetched network-first, so that a month
// published without a rebuild reaches every reader, and the last copy serves a reader offline. Shared by the
// worker's build (vite.config.ts) and the page that fills it on a first visit (views/serviceWorker.ts).

export const PUBLISHED_CACHE = 'published';

/** The published months' files, as the page asks for them. */
export const PUBLISHED_PATH = /\/data\/[^/]+\.json$/;
