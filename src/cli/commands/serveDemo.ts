/**
 * `anskaffelsesplan serve-demo [--port N] [--faults RATE] [--input FILE]`: serves the demo tenant's
 * SharePoint lists through the Graph-compatible HTTPS server until stopped, and writes the
 * server's certificate to a file that `sync --ca` / ANSKAFFELSESPLAN_CA can trust.
 */
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { InputFileError } from "../../adapters/node/inputFileError";
import { readPlanInputFile } from "../../adapters/node/planInputFile";
import type { PlanInput } from "../../domain/model/planInput";
import type { ServerCertificate } from "../../adapters/graphServer/certificate";
import {
  startDemoGraphServer,
  type RunningDemoGraphServer,
} from "../../adapters/graphServer/demoGraphServer";
import { DEMO_TOKEN } from "../../adapters/graphServer/graphServer";
import { generateDemoTenant } from "../../demo/demoTenant";
import type { CliContext } from "../cliContext";
import { parseInteger } from "../options";
import { CommandError, ioOf, say, type CommandIo, commandErrorText } from "./graphConnection";

/** Options of serve-demo. */
export interface ServeDemoOptions {
  readonly port?: number;
  /** Share of requests that get a fault (429/503/reset/slow), 0–1. */
  readonly faults?: number;
  /** Planning input to serve instead of the built-in demo tenant. */
  readonly input?: string;
  /** Where to write the certificate (PEM). */
  readonly caOut?: string;
  /** Certificate and key (PEM files) to serve with instead of a fresh one, e.g. the dev server's, so a browser that trusts it can call the demo server. */
  readonly cert?: string;
  readonly key?: string;
}

/** Starts the server; the caller stops it with `server.close()`. */
export async function runServeDemo(
  options: ServeDemoOptions,
  io: CommandIo,
  demoInput: () => PlanInput,
): Promise<RunningDemoGraphServer & { caFile: string }> {
  let input: PlanInput;
  if (options.input) {
    input = await readPlanInputFile(options.input);
  } else input = demoInput();
  const rate = options.faults ?? 0;
  if (!(rate >= 0 && rate <= 1))
    throw new CommandError(`--faults must be between 0 and 1 (got ${String(options.faults)}).`);
  if ((options.cert === undefined) !== (options.key === undefined))
    throw new CommandError("Give both --cert and --key, or neither.");
  let certificate: ServerCertificate | undefined;
  if (options.cert && options.key) {
    try {
      certificate = { cert: await readFile(options.cert, "utf8"), key: await readFile(options.key, "utf8") };
    } catch (error) {
      throw new CommandError(`--cert/--key: ${(error as Error).message}`);
    }
  }
  const demo = await startDemoGraphServer({
    input,
    ...(certificate ? { certificate } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(rate > 0
      ? {
          faults: {
            rate,
            kinds: ["429", "503", "reset", "slow"],
            retryAfterSeconds: 1,
            slowMs: 500,
            seed: 2027,
          },
        }
      : {}),
  });
  const caFile = options.caOut ?? join(tmpdir(), "anskaffelsesplan-demo-ca.pem");
  await writeFile(caFile, demo.server.certificate.cert, "utf8");
  io.out(
    say(io, "serve.ready", {
      baseUrl: demo.server.baseUrl,
      siteUrl: demo.siteUrl,
      lists: [demo.seeded.intake, demo.seeded.kav, demo.seeded.people]
        .map((l) => `${l.displayName} (${l.items.size})`)
        .join(", "),
      token: DEMO_TOKEN,
      caFile,
    }),
  );
  return { ...demo, caFile };
}

/** Registers `serve-demo` on the program (the built-in demo tenant unless --input is given). */
export function registerServeDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command("serve-demo")
    .description(
      "serve the demo tenant's SharePoint lists through a Graph-compatible HTTPS server on 127.0.0.1",
    )
    .option("--port <port>", "port (default: a free one)", parseInteger)
    .option("--faults <rate>", "inject faults into this share of requests (0–1)", (v) => Number(v))
    .option("--input <file>", "planning input to serve instead of the demo tenant")
    .option("--ca-out <file>", "where to write the server certificate (PEM)")
    .option(
      "--cert <file>",
      "serve with this certificate (PEM) instead of a fresh one, e.g. the dev server's",
    )
    .option("--key <file>", "private key (PEM) of --cert")
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option("--year <yyyy>", "demo tenant plan year", parseInteger, 2027)
    .action(async (opts: ServeDemoOptions & { seed: number; year: number }) => {
      try {
        const demo = await runServeDemo(opts, ioOf(ctx), () =>
          generateDemoTenant({ seed: opts.seed, planYear: opts.year }),
        );
        await new Promise<void>((resolve) => {
          const stop = (): void => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            resolve();
          };
          process.on("SIGINT", stop);
          process.on("SIGTERM", stop);
        });
        await demo.server.close();
      } catch (error) {
        if (error instanceof InputFileError) throw error;
        ctx.err(commandErrorText(ioOf(ctx), error));
        ctx.exitCode = error instanceof CommandError ? error.code : 1;
      }
    });
}
