// npm run data:add -- page.txt --period 2025-02 [--id ID] [--label 名称] [--label-en Name] [--source 出处]
//                     [--source-en Source] [--accept-doubts] [--out public/data]
// Publishes a month with the site: reads the text with the app's own import pipeline (the preview's default
// reading, the same findings), prints every finding with its line and column, refuses on an error (and on a doubt,
// unless --accept-doubts says it was checked), then writes the month's file and adds it to the index. `npm run
// build` then serves it to every reader: the period selector lists it and a link naming it works.

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function options(argv) {
  const named = {};
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--accept-doubts') named.acceptDoubts = true;
    else if (arg.startsWith('--')) named[arg.slice(2)] = argv[++i];
    else files.push(arg);
  }
  return { ...named, file: files[0] };
}

const args = options(process.argv.slice(2));
if (!args.file || !/^\d{4}-(0[1-9]|1[0-2])$/.test(args.period ?? '')) {
  console.error('usage: npm run data:add -- page.txt --period YYYY-MM [--id ID] [--label 名称] [--label-en Name] [--out public/data]');
  process.exit(2);
}

const vite = await createServer({ root, server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
let code = 0;
try {
  const { publishMonth, indexWith, indexEntries } = await vite.ssrLoadModule('/src/data/publish.ts');
  const { describeFinding, describeLocation } = await vite.ssrLoadModule('/src/i18n/describeFinding.ts');
  const { decodeFile } = await vite.ssrLoadModule('/src/data/sources/fileBytes.ts');
  const decoded = decodeFile(new Uint8Array(readFileSync(resolve(args.file))));
  if (!decoded.ok) {
    console.error(`${args.file}: not a text file (${decoded.kind})`);
    process.exit(1);
  }
  const published = publishMonth(decoded.text, {
    period: args.period,
    ...(args.id ? { id: args.id } : {}),
    label: { zh: args.label ?? '', en: args['label-en'] ?? args.label ?? '' },
    ...(args.source ? { publication: { zh: args.source, en: args['source-en'] ?? args.source } } : {}),
  });
  for (const finding of published.findings)
    console.log(`${args.file}: ${describeLocation(finding, 'zh')} [${finding.severity}] ${describeFinding(finding, 'zh')}`);
  const errors = published.findings.filter((f) => f.severity === 'error').length;
  const doubts = published.findings.filter((f) => f.severity === 'warning').length;
  if (!published.ok || errors > 0) {
    console.error(`refused: ${errors} error(s); nothing was written`);
    code = 1;
  } else if (doubts > 0 && !args.acceptDoubts) {
    console.error(`refused: ${doubts} doubt(s) to check (as the import preview asks); add --accept-doubts once checked`);
    code = 1;
  } else {
    const out = resolve(args.out ?? join(root, 'public/data'));
    mkdirSync(out, { recursive: true });
    const month = published.month;
    const file = `${month.id}.json`;
    writeFileSync(join(out, file), `${JSON.stringify(month, null, 1)}\n`);
    const indexFile = join(out, 'index.json');
    const index = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : undefined;
    const next = indexWith(indexEntries(index).length > 0 ? index : undefined, { id: month.id, period: month.period, file });
    writeFileSync(indexFile, `${JSON.stringify(next, null, 1)}\n`);
    console.log(
      `added ${month.id} (${month.inspection.districts.length} × ${month.inspection.siteTypes.length}) to ${indexFile}: ${next.months.map((m) => m.id).join(', ')}`,
    );
  }
} finally {
  await vite.close();
}
process.exit(code);
