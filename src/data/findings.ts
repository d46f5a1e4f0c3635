// The one collector of a reading's findings: each said once (the same code, place and parameters), in order.

import type { Finding, FindingCode, FindingParam, Severity } from './types';

export class Findings {
  readonly list: Finding[] = [];
  private readonly seen = new Set<string>();

  add(severity: Severity, code: FindingCode, line: number, column: number | undefined, params: Record<string, FindingParam> = {}): void {
    const key = `${code}:${line}:${column ?? ''}:${JSON.stringify(params)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const finding: Finding = column === undefined ? { severity, code, line, params } : { severity, code, line, column, params };
    this.list.push(finding);
  }

  hasErrors(): boolean {
    return this.list.some((f) => f.severity === 'error');
  }
}
