// npm run data:add -- page.txt --period 2025-02 [--id ID] [--label 名称] [--label-en Name] [--source 出处]
//                     [--source-en Source] [--accept-doubts] [--replace] [--out public/data]
//                     [--candidate ID] [--transpose] [--header-row N|none] [--fewer-is-better | --more-is-better] [--reading reading.json]
// The choices of the import dialog: --candidate another table or list of the page (every candidate is printed with
// its id), --transpose the rows and columns swapped, --header-row the grid's row read as its header (none: the line
// read as the header is a record), the direction, or a whole reading (roles, rows) as JSON.
// Publishes a month with the site: reads the text with the app's own import pipeline (the preview's default
// reading, the same findings), prints every finding with its line and column, refuses on an error (and on a doubt,
// unless --accept-doubts says it was checked), then writes the month's file and adds it to the index. `npm run
// build` then serves it to every reader: the period selector lists it and a link naming it works. Nothing is written
// when the index cannot be read (truncated, or of another version), and a month already published is replaced only
// with --replace: what readers were shown is never changed by accident.

import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A reason to write nothing, said to the publisher. */
class Refusal extends Error {}

function options(argv) {
  const named = {};
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--accept-doubts') named.acceptDoubts = true;
    else if (arg === '--replace') named.replace = true;
    else if (arg === '--transpose') named.transpose = true;
    else if (arg === '--fewer-is-better') named.direction = 'fewer';
    else if (arg === '--more-is-better') named.direction = 'more';
    else if (arg.startsWith('--')) named[arg.slice(2)] = argv[++i];
    else files.push(arg);
  }
  return { ...named, file: files[0] };
}

/** The dialog's choices from the flags (a reading file first, the flags over it), or undefined for the default. */
function readingArgs(named, chosen) {
  const file = named.reading ? JSON.parse(readFileSync(resolve(named.reading), 'utf8')) : {};
  const reading = {
    ...file,
    ...(named.candidate ? { candidate: named.candidate } : {}),
    ...(named.transpose ? { transposed: true } : {}),
    ...(named['header-row'] ? { headerRow: named['header-row'] === 'none' ? -1 : Number(named['header-row']) } : {}),
    ...(named.direction ? { direction: named.direction } : {}),
  };
  if (Object.keys(reading).length === 0) return undefined;
  return { candidate: chosen, ...reading };
}

const args = options(process.argv.slice(2));
if (!args.file || !/^\d{4}-(0[1-9]|1[0-2])$/.test(args.period ?? '')) {
  console.error(
    'usage: npm run data:add -- page.txt --period YYYY-MM [--id ID] [--label 名称] [--label-en Name] [--accept-doubts] [--replace] [--out public/data]',
  );
  process.exit(2);
}

const vite = await createServer({ root, server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
let code = 0;
try {
  const { publishMonth, indexWith, indexEntries, INDEX_SCHEMA } = await vite.ssrLoadModule('/src/data/publish.ts');
  const { describeFinding, describeLocation } = await vite.ssrLoadModule('/src/i18n/describeFinding.ts');
  const { decodeFile } = await vite.ssrLoadModule('/src/data/sources/fileBytes.ts');
  const decoded = decodeFile(new Uint8Array(readFileSync(resolve(args.file))));
  if (!decoded.ok) {
    console.error(`${args.file}: not a text file (${decoded.kind})`);
    process.exit(1);
  }
  const { previewImport } = await vite.ssrLoadModule('/src/data/importText.ts');
  const preview = previewImport(decoded.text);
  for (const c of preview.candidates)
    console.log(
      `${c.id === preview.chosen ? '*' : ' '} ${c.id}: ${c.format}, ${c.result.ok ? `${c.result.inspection.districts.length} × ${c.result.inspection.siteTypes.length}` : 'not read'}`,
    );
  const reading = readingArgs(args, preview.chosen);
  const published = publishMonth(decoded.text, {
    period: args.period,
    ...(reading ? { reading } : {}),
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
    const month = published.month;
    const file = `${month.id}.json`;
    const indexFile = join(out, 'index.json');
    // The index is read, and must be one, before anything is written.
    let index;
    if (existsSync(indexFile)) {
      try {
        index = JSON.parse(readFileSync(indexFile, 'utf8'));
      } catch (cause) {
        throw new Refusal(`${indexFile} cannot be read (${String(cause).slice(0, 120)}): nothing was written; mend or remove it first`);
      }
      if (index?.schema !== INDEX_SCHEMA || index?.version !== 1)
        throw new Refusal(
          `${indexFile} is not an index of this version (schema ${String(index?.schema)}, version ${String(index?.version)}): nothing was written`,
        );
    }
    const taken = indexEntries(index).find((m) => m.id === month.id);
    if ((taken || existsSync(join(out, file))) && !args.replace)
      throw new Refusal(
        `${month.id} is already published${taken ? ` (${taken.period})` : ''}: nothing was written; add --replace to publish it again`,
      );
    mkdirSync(out, { recursive: true });
    // Each file is written whole or not at all (a temporary file renamed over it): a run stopped half-way leaves the
    // index as it was, or naming a month whose file is complete, never a half-written file the site would serve.
    writeWhole(join(out, file), `${JSON.stringify(month, null, 1)}\n`);
    const next = indexWith(index, { id: month.id, period: month.period, file });
    writeWhole(indexFile, `${JSON.stringify(next, null, 1)}\n`);
    console.log(
      `added ${month.id} (${month.inspection.districts.length} × ${month.inspection.siteTypes.length}) to ${indexFile}: ${next.months.map((m) => m.id).join(', ')}`,
    );
  }
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`refused: ${error.message}`);
  code = 1;
} finally {
  await vite.close();
}
process.exit(code);

/** Writes a file whole: into a temporary file beside it, then renamed over it (one step on the same disk). */
function writeWhole(path, text) {
  const temporary = `${path}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
