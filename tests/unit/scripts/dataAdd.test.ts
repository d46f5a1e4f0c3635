// npm run data:add never writes where it should not: an id that is a path (`../../package`) or `index`, a month
// already published (without --replace) and an index it cannot read are refused, saying why, with nothing written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED = 'src/data/embedded/taiyuan-2025-01-tables.txt';

/** Runs the script on the seed (or the file given first with `file:`); its exit code and everything it printed. */
function dataAdd(...args: string[]): { code: number; output: string } {
  const [first, ...rest] = args;
  const input = first?.startsWith('file:') ? [first.slice(5), ...rest] : [SEED, ...args];
  try {
    const output = execFileSync('node', ['scripts/data-add.mjs', ...input], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    return { code: failed.status ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('npm run data:add refuses what would write over another file', { timeout: 60_000 }, () => {
  it('an id that is a path, or index, is refused and nothing is written', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'months-')), 'data');
    const packageBefore = readFileSync('package.json', 'utf8');
    for (const id of ['../../package', 'index', '.hidden']) {
      const run = dataAdd('--period', '2025-01', '--id', id, '--out', out);
      expect(run.code, id).toBe(1);
      expect(run.output).toContain('不能用');
    }
    expect(readFileSync('package.json', 'utf8')).toBe(packageBefore);
    expect(existsSync(out)).toBe(false);
  });

  it('a month already published is replaced only with --replace', () => {
    const out = mkdtempSync(join(tmpdir(), 'months-'));
    expect(dataAdd('--period', '2025-01', '--id', 'seed', '--out', out).code).toBe(0);
    const again = dataAdd('--period', '2025-03', '--id', 'seed', '--out', out);
    expect(again.code).toBe(1);
    expect(again.output).toContain('seed is already published (2025-01)');
    expect(JSON.parse(readFileSync(join(out, 'seed.json'), 'utf8'))).toMatchObject({ period: '2025-01' });
    expect(dataAdd('--period', '2025-03', '--id', 'seed', '--replace', '--out', out).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toMatchObject({ months: [{ id: 'seed', period: '2025-03' }] });
  });

  it('an index it cannot read (truncated, or another version) stops it before the month is written', () => {
    for (const broken of [
      '{"schema":"taiyuan-sanitation-months","vers',
      '{"schema":"taiyuan-sanitation-months","version":2,"months":[]}',
    ]) {
      const out = mkdtempSync(join(tmpdir(), 'months-'));
      writeFileSync(join(out, 'index.json'), broken);
      const run = dataAdd('--period', '2025-01', '--out', out);
      expect(run.code).toBe(1);
      expect(run.output).toContain('nothing was written');
      expect(readdirSync(out)).toEqual(['index.json']);
      expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe(broken);
    }
  });

  it('publishes with the choices the dialog would make: another ranking of the page, named by the id it prints', () => {
    const out = mkdtempSync(join(tmpdir(), 'months-'));
    const page = 'file:tests/fixtures/real/real-u05-liaocheng-ordinal-groups.txt';
    const first = dataAdd(page, '--period', '2024-05', '--id', 'first', '--accept-doubts', '--out', out);
    expect(first.code).toBe(0);
    expect(first.output).toContain('* table:1: table, 4 × 1');
    expect(first.output).toContain('  table:14: table, 7 × 1');
    const other = dataAdd(page, '--period', '2024-05', '--id', 'other', '--candidate', 'table:14', '--accept-doubts', '--out', out);
    expect(other.code).toBe(0);
    const month = JSON.parse(readFileSync(join(out, 'other.json'), 'utf8')) as {
      reading: { candidate: string };
      inspection: { districts: string[] };
    };
    expect(month.reading.candidate).toBe('table:14');
    expect(month.inspection.districts).toHaveLength(7);
    // A candidate the page does not hold is refused, nothing written.
    const missing = dataAdd(page, '--period', '2024-05', '--id', 'missing', '--candidate', 'table:99', '--out', out);
    expect(missing.code).toBe(1);
    expect(existsSync(join(out, 'missing.json'))).toBe(false);
  });
});
