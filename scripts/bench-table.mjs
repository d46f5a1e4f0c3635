// npm run bench:table: writes the performance table of docs/performance.md from bench/results.json (one full run), between its markers.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { withTable } from '../bench/report.mjs';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const PAGE = 'docs/performance.md';
const readme = readFileSync(PAGE, 'utf8');
const next = withTable(readme, results);
if (next === undefined) {
  console.error(`${PAGE} has no bench table markers`);
  process.exit(1);
}
// Formatted as the format check wants it (the table's columns aligned), so that npm test passes after it.
const options = (await prettier.resolveConfig(PAGE)) ?? {};
writeFileSync(PAGE, await prettier.format(next, { ...options, filepath: PAGE }));
console.log(`${PAGE}: performance table from the ${results.mode} run of ${results.commit}`);
