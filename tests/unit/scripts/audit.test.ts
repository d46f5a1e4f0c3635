// The dependency audit's verdict on npm audit's JSON: high or critical fails, an unreachable endpoint is never a pass in disguise.
import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../../scripts/audit.mjs';

/** The shape `npm audit --json` prints (npm 7 and later). */
function report(counts: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>>, vulnerabilities = {}) {
  const full = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
  return {
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { ...full, total: Object.values(full).reduce((a, b) => a + b, 0) } },
  };
}

describe('audit verdict', () => {
  it('passes with no high or critical finding, and says what it found', () => {
    const verdict = judgeAudit(report({ moderate: 2, low: 1 }), false);
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines).toEqual(['audit (production dependencies): 0 critical, 0 high, 2 moderate, 1 low, 0 info']);
  });

  it('fails on a high finding and names the package', () => {
    const verdict = judgeAudit(report({ high: 1 }, { papaparse: { name: 'papaparse', severity: 'high', range: '<5.2.0' } }), false);
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines).toContain('  high: papaparse <5.2.0');
  });

  it('fails on a critical finding', () => {
    expect(judgeAudit(report({ critical: 1 }), false).exitCode).toBe(1);
  });

  it('an endpoint that does not answer is reported as not checked; --strict makes it fail', () => {
    const refused = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    };
    expect(judgeAudit(refused, false)).toEqual({
      exitCode: 0,
      lines: [
        "audit: NOT CHECKED, the registry's audit endpoint did not answer (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)",
      ],
    });
    expect(judgeAudit(refused, true).exitCode).toBe(2);
    expect(judgeAudit(undefined, true).exitCode).toBe(2);
  });
});
