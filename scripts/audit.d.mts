// Types of scripts/audit.mjs, for its unit test.
export interface AuditVerdict {
  exitCode: number;
  lines: string[];
}
export function judgeAudit(report: unknown, strict: boolean): AuditVerdict;
