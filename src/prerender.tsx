// Renders the first screen (the rankings on the latest month, in each language) to HTML at build time, so that
// the table paints before any script runs; boot.tsx then hydrates the reader's language's screen (or, for another
// state, renders its own).
// Parts of the screen that load as chunks of their own (the summary) are rendered whole, in place: a first,
// static pass waits for their code, so the second pass finds every lazy part resolved. In the browser React
// keeps that HTML until their code arrives, then hydrates it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './App';
import { loadLanguage } from './i18n/messages';
import type { Language } from './i18n/names';
import { selectActive } from './store/selectors';
import { useDashboard } from './store/store';

const firstScreen = () => (
  <StrictMode>
    <App />
  </StrictMode>
);

/** The months the site publishes (public/data/), read as the browser reads them: the latest is the first screen. */
async function readPublishedMonths(): Promise<void> {
  const folder = join(process.cwd(), 'public/data');
  const index = join(folder, 'index.json');
  if (!existsSync(index)) return;
  const read = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown;
  const { addPublished } = await import('./store/publishedMonths');
  await addPublished(useDashboard, read('index.json'), (file) => Promise.resolve(read(file)));
}

/** The id of the period the first screen shows: the page marks it, and boot.tsx hydrates only that period's screen. */
export function prerenderedPeriod(): string {
  return selectActive(useDashboard.getState())?.id ?? '';
}

/** The first screen in a language: the rankings of the latest month, as a reader whose browser asks for it sees them. */
export async function renderFirstScreen(language: Language = 'zh'): Promise<string> {
  await readPublishedMonths();
  await loadLanguage(language);
  useDashboard.setState({ language });
  // A server render reads a store's initial state (useSyncExternalStore's server snapshot), not its current one:
  // at build time, and only here, the months read and the language become part of that initial state.
  Object.assign(useDashboard.getInitialState(), useDashboard.getState());
  const { prelude } = await prerenderToNodeStream(firstScreen());
  // Drained and dropped: this pass only waits for the lazy parts' code.
  prelude.resume();
  await new Promise((resolve) => prelude.on('end', resolve));
  return renderToString(firstScreen());
}
