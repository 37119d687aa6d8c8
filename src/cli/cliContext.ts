/**
 * What every CLI command gets: output streams, the UI language and a translator.
 */
import { cliMessages } from "../i18n/cliMessages";
import { translate, type Locale } from "../i18n/locale";

/** Output and language shared by the commands; tests pass collecting streams. */
export interface CliContext {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Language of the messages; set from the global --lang option before a command runs. */
  locale: Locale;
  /** Exit code the process ends with. */
  exitCode: number;
}

/** A CLI message in the context's language. */
export function say(
  ctx: CliContext,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(cliMessages, ctx.locale, key, params);
}
