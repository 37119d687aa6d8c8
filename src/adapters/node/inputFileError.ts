/**
 * The error of an input file the CLI cannot use at all: it names the file and lists every problem
 * as a code with params, so the CLI says it in the user's language (src/i18n/inputFileMessages.ts).
 */

/** One problem with an input file: a catalogue code (`problem.<code>`) and its params. */
export interface InputProblem {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The input file could not be used: it names the file and lists the problems. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly InputProblem[],
  ) {
    super(`${file}: ${problems.map(problemSummary).join("; ")}`);
    this.name = "InputFileError";
  }
}

/** A problem with no params. */
export function problem(code: string, params: Readonly<Record<string, string | number>> = {}): InputProblem {
  return { code, params };
}

/** A short English form of a problem for logs and Error.message (`not-json (line 3, column 5)`). */
function problemSummary(p: InputProblem): string {
  const params = Object.entries(p.params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(", ");
  return params === "" ? p.code : `${p.code} (${params})`;
}
