/**
 * The health check's findings: a severity and a catalogue code (text `doctor.<code>`, what to do
 * `doctor.<code>.advice` in src/i18n/goLiveMessages.ts) with its parameters. UI-free: the CLI
 * prints them, the coordinator's view shows them, both through `describeFinding`.
 */

/** How bad a finding is: `error` means the add-in cannot work until it is fixed. */
export type Severity = "ok" | "warning" | "error";

/** One finding of the health check. */
export interface Finding {
  readonly severity: Severity;
  /** Catalogue code, e.g. `column.missing`. */
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** All findings, in check order, and whether the add-in can work. */
export interface HealthReport {
  readonly findings: readonly Finding[];
  /** False when any finding is an error. */
  readonly healthy: boolean;
}

/** The report of a list of findings. */
export function reportOf(findings: readonly Finding[]): HealthReport {
  return { findings, healthy: findings.every((f) => f.severity !== "error") };
}
