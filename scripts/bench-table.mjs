// npm run bench:table: writes README's performance table from bench/results.json (one full run), between its markers.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { withTable } from '../bench/report.mjs';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const next = withTable(readme, results);
if (next === undefined) {
  console.error('README.md has no bench table markers');
  process.exit(1);
}
// Formatted as the format check wants it (the table's columns aligned), so that npm test passes after it.
const options = (await prettier.resolveConfig('README.md')) ?? {};
writeFileSync('README.md', await prettier.format(next, { ...options, filepath: 'README.md' }));
console.log(`README.md: performance table from the ${results.mode} run of ${results.commit}`);
