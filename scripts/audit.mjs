// Dependency audit of what the app ships: `npm audit --omit=dev`, failing on a high or critical finding.
// Where the registry's audit endpoint cannot be reached (an offline machine, a mirror that refuses it),
// it says plainly that nothing was checked, and fails only with --strict.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * Judges the JSON that `npm audit --json` printed (undefined when it printed none).
 * @param {any} report
 * @param {boolean} strict
 * @returns {{ exitCode: number, lines: string[] }}
 */
export function judgeAudit(report, strict) {
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = typeof report?.message === 'string' ? report.message : 'no report';
    return { exitCode: strict ? 2 : 0, lines: [`audit: NOT CHECKED, the registry's audit endpoint did not answer (${reason})`] };
  }
  const levels = ['critical', 'high', 'moderate', 'low', 'info'];
  const lines = [`audit (production dependencies): ${levels.map((level) => `${counts[level] ?? 0} ${level}`).join(', ')}`];
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, f]) => f.severity === 'high' || f.severity === 'critical');
  for (const [name, finding] of serious) lines.push(`  ${finding.severity}: ${name} ${finding.range ?? ''}`.trimEnd());
  return { exitCode: (counts.high ?? 0) + (counts.critical ?? 0) > 0 ? 1 : 0, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = { message: run.error?.message ?? (run.stderr.trim() || `npm audit exited with ${run.status}`) };
  }
  const { exitCode, lines } = judgeAudit(report, process.argv.includes('--strict'));
  for (const line of lines) (exitCode === 0 ? console.log : console.error)(line);
  process.exit(exitCode);
}
