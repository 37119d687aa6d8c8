/**
 * Runs TaskJuggler (the Debian package tj3) on a generated project and reads back when each need
 * is signed, so that lateness can be compared with our scheduler on the same instance.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { daysBetween, type IsoDate } from "../../domain/time/isoDate";
import type { ScheduleRequest } from "../../domain/scheduling/scheduleNeeds";
import { writeTjp } from "./tjpWriter";

/** What tj3 made of an instance. */
export interface Tj3Outcome {
  /** Need id → date its contract is signed in tj3's schedule. */
  readonly signed: ReadonlyMap<string, IsoDate>;
  /** Needs signed after their deadline. */
  readonly lateCount: number;
  readonly totalDaysLate: number;
  /** Needs tj3 could not place before the project end (no signature date in its report). */
  readonly unscheduled: number;
  /** True when tj3 reported scheduling errors (e.g. tasks that do not fit before 2035). */
  readonly schedulingErrors: boolean;
  /** Wall-clock time tj3 took, in milliseconds. */
  readonly ms: number;
}

/** Schedules `request` with tj3; throws with a clear message when tj3 is missing or fails. */
export function runTj3(request: ScheduleRequest, timeoutMs = 600_000): Tj3Outcome {
  const project = writeTjp(request);
  const dir = mkdtempSync(join(tmpdir(), "tj3-"));
  try {
    const file = join(dir, "plan.tjp");
    writeFileSync(file, project.text);
    const t0 = performance.now();
    let schedulingErrors = false;
    try {
      // -f: write the report even when some tasks do not fit before the project end.
      execFileSync("tj3", ["--silent", "--no-color", "-f", "-o", dir, file], {
        stdio: "pipe",
        timeout: timeoutMs,
      });
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stderr?: Buffer; signal?: string };
      if (e.code === "ENOENT") throw new Error("tj3 (TaskJuggler) is not installed: apt-get install tj3");
      if (e.signal || e.code === "ETIMEDOUT" || performance.now() - t0 >= timeoutMs) {
        throw new Error(`tj3 did not finish within ${timeoutMs} ms`);
      }
      if (!existsSync(join(dir, `${project.reportId}.csv`))) {
        throw new Error(`tj3 failed: ${e.stderr?.toString().slice(0, 2000) ?? e.message}`);
      }
      schedulingErrors = true;
    }
    const ms = performance.now() - t0;
    const csv = readFileSync(join(dir, `${project.reportId}.csv`), "utf8");
    const signed = new Map<string, IsoDate>();
    for (const line of csv.split("\n").slice(1)) {
      const [id, , end] = line.split(";").map((c) => c.replace(/"/g, ""));
      const needId = id ? project.signatureTask.get(id) : undefined;
      if (needId && end) signed.set(needId, end);
    }
    let lateCount = 0;
    let totalDaysLate = 0;
    for (const [needId, date] of signed) {
      const deadline = project.deadlines.get(needId);
      if (deadline && date > deadline) {
        lateCount += 1;
        totalDaysLate += daysBetween(deadline, date);
      }
    }
    const unscheduled = project.signatureTask.size - signed.size + project.omitted.length;
    return { signed, lateCount, totalDaysLate, unscheduled, schedulingErrors, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
