// Renders the first screen (the rankings on the embedded data, in Chinese) to HTML at build time, so that
// the table paints before any script runs; main.tsx then renders the live app over it.
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
