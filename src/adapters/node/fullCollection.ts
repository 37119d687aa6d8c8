/**
 * A full garbage collection on request, for the CLI between the phases of a large plan. V8 lets
 * the heap grow to about four times what was live at its last full collection before it collects
 * again, so a collection where little is live (after the intake, after the prioritisation, before
 * the files are written) keeps the peak near the live data (docs/scheduling.md, Scale). Uses V8's
 * own gc function, exposed at run time; nothing happens where it cannot be had.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

/** Runs a full garbage collection (nothing when V8's gc function is not available). */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const fn: unknown = runInNewContext("gc");
      gc = typeof fn === "function" ? (fn as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
