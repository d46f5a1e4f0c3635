// Build, dev server and unit-test configuration.
import './tests/node20-polyfills.ts';
import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built page's Content-Security-Policy: its own files only. Style attributes need 'unsafe-inline'
 * (React's and recharts' style props); no inline script is allowed. Chart PNGs are drawn from data: images
 * and downloads use blob: URLs. Only in the build: the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * After the build, renders the first screen into dist/index.html (no script inline: the CSP stays strict).
 * The largest paint is then the table itself, as fast as a static page; the app's script replaces it.
 */
function prerenderFirstScreen(): Plugin {
  let outDir = 'dist';
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    async closeBundle() {
      const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
      try {
        const { renderFirstScreen } = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderFirstScreen: () => string };
        const file = join(outDir, 'index.html');
        const html = readFileSync(file, 'utf8');
        writeFileSync(file, html.replace('<div id="root"></div>', `<div id="root">${renderFirstScreen()}</div>`));
      } finally {
        await server.close();
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), prerenderFirstScreen()],
  // Relative asset paths: the built app works from any folder or sub-path it is served from.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    // The benchmark reads it to tell the entry chunk from the chart chunk.
    manifest: true,
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/fuzz/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
