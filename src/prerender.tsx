// Renders the first screen (the rankings on the embedded data, in Chinese) to HTML at build time, so that
// the table paints before any script runs; boot.tsx then hydrates it (or, for another state, renders its own).
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';

export function renderFirstScreen(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
