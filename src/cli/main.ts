/**
 * Composition root of the CLI `anskaffelsesplan`: builds the commander program with every command
 * and runs it. Returns the exit code instead of exiting, so tests can call it.
 */
import { Command, CommanderError, Option } from "commander";
import { InputFileError } from "../adapters/node/planInputFile";
import { localeFromTag, type Locale } from "../i18n/locale";
import { say, type CliContext } from "./cliContext";
import { registerDemoDataCommand } from "./commands/demoData";
import { registerPlanCommand } from "./commands/plan";
import { registerScheduleCommand } from "./commands/schedule";
import { registerPrioritiseCommand } from "./commands/prioritise";
import { registerValidateCommand } from "./commands/validate";
import { registerSyncCommand } from "./commands/sync";
import { registerPublishCommand } from "./commands/publish";
import { registerServeDemoCommand } from "./commands/serveDemo";
import { registerSetupCommands } from "./commands/setupLists";
import { registerInsightCommand } from "./commands/insight";

/** Output streams; the defaults write to the process's stdout and stderr. */
export interface CliStreams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processStreams: CliStreams = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Builds the program; commands share one context. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command("anskaffelsesplan")
    .description("Anskaffelsesplan: procurement planning for the Norwegian Police (CLI)")
    .addOption(new Option("--lang <lang>", "message language").choices(["nb", "en"]))
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s.trimEnd()), writeErr: (s) => ctx.err(s.trimEnd()) })
    .hook("preAction", (root) => {
      const lang = root.opts<{ lang?: Locale }>().lang;
      if (lang) ctx.locale = lang;
    });
  registerDemoDataCommand(program, ctx);
  registerValidateCommand(program, ctx);
  registerPlanCommand(program, ctx);
  registerScheduleCommand(program, ctx);
  registerPrioritiseCommand(program, ctx);
  registerSyncCommand(program, ctx);
  registerPublishCommand(program, ctx);
  registerServeDemoCommand(program, ctx);
  registerSetupCommands(program, ctx);
  registerInsightCommand(program, ctx);
  return program;
}

/** Runs the CLI with process-style argv (`node script args…`) and returns the exit code. */
export async function main(argv: readonly string[], streams: CliStreams = processStreams): Promise<number> {
  const ctx: CliContext = { ...streams, locale: localeFromTag(process.env["LANG"]), exitCode: 0 };
  try {
    await buildProgram(ctx).parseAsync([...argv]);
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof InputFileError) {
      ctx.err(say(ctx, "error.unusableInput", { file: error.file }));
      for (const problem of error.problems) ctx.err(`  ${problem}`);
      return 2;
    }
    throw error;
  }
}
