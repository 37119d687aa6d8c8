/**
 * Composition root of the CLI `anskaffelsesplan`: builds the commander program with every command
 * and runs it. Returns the exit code instead of exiting, so tests can call it.
 */
import { Command, CommanderError, Option } from "commander";
import { InputFileError } from "../adapters/node/planInputFile";
import { localeFromTag, type Locale } from "../i18n/locale";
import { inputProblemText } from "../i18n/inputFileMessages";
import { escapeControlCharacters } from "../domain/text/xmlSafeText";
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
import { registerRegisterAppCommand } from "./commands/registerApp";
import { registerDoctorCommand } from "./commands/doctor";
import { registerYearCommands, YEAR_SUBCOMMANDS } from "./commands/year";
import { YEAR_VERSION_SUBCOMMANDS } from "./commands/yearVersions";
import { registerInsightCommand } from "./commands/insight";

/** Output streams; the defaults write to the process's stdout and stderr. */
export interface CliStreams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * A line writer on a process stream that ends quietly when the reader goes away (`| head -1` closes
 * the pipe: EPIPE): later lines are dropped, the command finishes its work and exits as usual.
 */
function pipeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  stream.on("error", () => {
    open = false; // EPIPE or a destroyed stream: nobody reads any more
  });
  return (text) => {
    if (open && !stream.destroyed) stream.write(`${text}\n`);
  };
}

let processStreams: CliStreams | undefined;

/** The process's stdout and stderr as CliStreams (created once, with their pipe guards). */
function defaultStreams(): CliStreams {
  processStreams ??= { out: pipeWriter(process.stdout), err: pipeWriter(process.stderr) };
  return processStreams;
}

/**
 * Streams that never pass a raw control character to the terminal: text from the input (ANSI escape
 * sequences, BEL, carriage returns) is shown as `\u001b` etc.; line feeds and tabs stay.
 */
function escapedStreams(streams: CliStreams): CliStreams {
  return {
    out: (text) => streams.out(escapeControlCharacters(text, { keepLineBreaks: true })),
    err: (text) => streams.err(escapeControlCharacters(text, { keepLineBreaks: true })),
  };
}

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
  registerRegisterAppCommand(program, ctx);
  registerDoctorCommand(program, ctx);
  registerYearCommands(program, ctx, [...YEAR_SUBCOMMANDS, ...YEAR_VERSION_SUBCOMMANDS]);
  registerInsightCommand(program, ctx);
  return program;
}

/** Runs the CLI with process-style argv (`node script args…`) and returns the exit code. */
export async function main(argv: readonly string[], streams: CliStreams = defaultStreams()): Promise<number> {
  const ctx: CliContext = {
    ...escapedStreams(streams),
    locale: localeFromTag(process.env["LANG"]),
    exitCode: 0,
  };
  try {
    await buildProgram(ctx).parseAsync([...argv]);
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof InputFileError) {
      ctx.err(say(ctx, "error.unusableInput", { file: error.file }));
      for (const problem of error.problems)
        ctx.err(`  ${inputProblemText(ctx.locale, problem.code, problem.params)}`);
      return 2;
    }
    throw error;
  }
}
