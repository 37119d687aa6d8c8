/**
 * `anskaffelsesplan demo-data --out DIR`: writes the built-in demo tenant as a planning input file.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { serialisePlanInput } from "../../adapters/node/planInputFile";
import { generateDemoTenant } from "../../demo/demoTenant";
import { say, type CliContext } from "../cliContext";
import { parseInteger } from "../options";

/** Registers the demo-data command. */
export function registerDemoDataCommand(program: Command, ctx: CliContext): void {
  program
    .command("demo-data")
    .description("write the built-in demo tenant as a planning input file (DIR/demo-tenant.json)")
    .requiredOption("--out <dir>", "output folder")
    .option("--seed <n>", "seed of the generator", parseInteger, 2027)
    .option("--year <yyyy>", "plan year", parseInteger, 2027)
    .action(async (opts: { out: string; seed: number; year: number }) => {
      const input = generateDemoTenant({ seed: opts.seed, planYear: opts.year });
      await mkdir(opts.out, { recursive: true });
      const file = join(opts.out, "demo-tenant.json");
      await writeFile(file, serialisePlanInput(input), "utf8");
      ctx.out(say(ctx, "demo.written", { seed: opts.seed, year: opts.year, file }));
    });
}
