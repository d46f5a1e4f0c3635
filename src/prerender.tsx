// Renders the first screen (the rankings on the embedded data, in Chinese) to HTML at build time, so that
// the table paints before any script runs; boot.tsx then hydrates it (or, for another state, renders its own).
// Parts of the screen that load as chunks of their own (the summary) are rendered whole, in place: a first,
// static pass waits for their code, so the second pass finds every lazy part resolved. In the browser React
// keeps that HTML until their code arrives, then hydrates it.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './App';

const firstScreen = () => (
  <StrictMode>
    <App />
  </StrictMode>
);

export async function renderFirstScreen(): Promise<string> {
  const { prelude } = await prerenderToNodeStream(firstScreen());
  // Drained and dropped: this pass only waits for the lazy parts' code.
  prelude.resume();
  await new Promise((resolve) => prelude.on('end', resolve));
  return renderToString(firstScreen());
}
