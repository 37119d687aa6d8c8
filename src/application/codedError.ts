/**
 * The error adapters and use cases raise when the user can act on it: a stable code (a key of
 * src/i18n/errorMessages.ts) and its params, which the pane shows in the user's language; the
 * Error's own message is the English text, for logs and the CLI.
 */
import { ERROR_MESSAGES } from "../i18n/errorMessages";
import { translate } from "../i18n/locale";

/** An error with a catalogue code (`error.<code>`) and the params of its message. */
export class CodedError extends Error {
  /** The catalogue key the pane shows. */
  readonly messageKey: string;

  constructor(
    readonly code: string,
    readonly messageParams: Readonly<Record<string, string>> = {},
  ) {
    super(translate(ERROR_MESSAGES, "en", `error.${code}`, messageParams));
    this.name = "CodedError";
    this.messageKey = `error.${code}`;
  }
}
