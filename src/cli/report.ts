/**
 * Prints the summary of a plan result: counts, redaction, and every rejected need with its errors.
 */
import type { PlanResult } from "../application/planResult";
import { say, type CliContext } from "./cliContext";

/** Prints counts and the rejected needs with their messages in the context's language. */
export function printIntakeSummary(ctx: CliContext, result: PlanResult): void {
  ctx.out(say(ctx, "counts", { ...result.counts }));
  const central = result.counts.centrallyCreated ?? 0;
  if (central > 0) ctx.out(say(ctx, "central", { count: central }));
  const { includeSecurityGraded, redactedCount } = result.redaction;
  if (redactedCount > 0) ctx.out(say(ctx, "redacted", { count: redactedCount }));
  if (includeSecurityGraded) {
    const graded = result.needs.filter((n) => n.need?.securityGraded).length;
    ctx.out(say(ctx, "included", { count: graded }));
  }
  printWarnings(ctx, result);
  const rejected = result.needs.filter((n) => n.status === "rejected");
  if (rejected.length === 0) return;
  ctx.out(say(ctx, "rejected.header"));
  for (const entry of rejected)
    for (const error of entry.errors)
      ctx.out(
        say(ctx, "rejected.line", { id: entry.id, row: entry.row, message: error.message[ctx.locale] }),
      );
}

/** Prints what the intake changed without rejecting (characters XML cannot hold removed), per need. */
function printWarnings(ctx: CliContext, result: PlanResult): void {
  const changed = result.needs.filter((n) => (n.warnings?.length ?? 0) > 0);
  if (changed.length === 0) return;
  ctx.out(say(ctx, "warnings.header"));
  for (const entry of changed)
    for (const warning of entry.warnings ?? [])
      ctx.out(
        say(ctx, "rejected.line", { id: entry.id, row: entry.row, message: warning.message[ctx.locale] }),
      );
}
