// Test helper: runs the CLI composition root in-process and collects what it prints.
import { main } from "../../src/cli/main";

/** Exit code and the collected stdout/stderr lines of one CLI run. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `anskaffelsesplan ...args` in-process. */
export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "anskaffelsesplan", ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
