/**
 * Shared plumbing of the Graph commands: console I/O, the token from ANSKAFFELSESPLAN_TOKEN, the
 * extra CA from --ca / ANSKAFFELSESPLAN_CA (the demo server's certificate), and the gateway.
 */
import { readFileSync } from "node:fs";
import type { Client } from "@microsoft/microsoft-graph-client";
import { GraphListGateway } from "../../adapters/graph/graphListGateway";
import { createGraphClient } from "../../adapters/graph/graphClientFactory";
import { createNodeHttpsFetch } from "../../adapters/graph/nodeHttpsFetch";
import { GRAPH_MESSAGES, graphAnswerText } from "../../i18n/graphMessages";
import { GraphAnswerError } from "../../application/sharepoint/listGateway";
import { CodedError } from "../../application/codedError";
import { ownValue } from "../../domain/model/dataRecord";
import { errorText } from "../../i18n/errorMessages";
import { localeFromTag, translate, type Locale } from "../../i18n/locale";
import type { CliContext } from "../cliContext";

/** Environment variable holding the bearer token. */
export const TOKEN_VARIABLE = "ANSKAFFELSESPLAN_TOKEN";
/** Environment variable naming a PEM file of an extra CA to trust. */
export const CA_VARIABLE = "ANSKAFFELSESPLAN_CA";

/** Where a command writes, and the environment it reads. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Message language (the CLI's --lang); else taken from LANG. */
  readonly locale?: Locale;
}

/** The I/O of a command run from the CLI program (its streams and language, the process environment). */
export function ioOf(
  ctx: CliContext,
  env: Readonly<Record<string, string | undefined>> = process.env,
): CommandIo {
  return { out: ctx.out, err: ctx.err, env, locale: ctx.locale };
}

/** A command's failure with a message for the user; the command exits with `code`. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
    this.name = "CommandError";
  }
}

/** The locale of CLI messages (from LANG; bokmål unless English is asked for). */
export function cliLocale(io: CommandIo): Locale {
  return io.locale ?? localeFromTag(io.env.LANG);
}

/** A message of the Graph catalogue in the CLI's locale. */
export function say(io: CommandIo, key: string, params?: Record<string, string | number>): string {
  return translate(GRAPH_MESSAGES, cliLocale(io), key, params);
}

/**
 * What a Graph command says when it fails: an unreadable or refused answer in words; a coded error
 * in the CLI's language, in the CLI's own words where the pane's would name a pane button
 * (`cli.<key>`: the option or command to use instead); else the message.
 */
export function commandErrorText(io: CommandIo, error: unknown): string {
  const locale = cliLocale(io);
  if (error instanceof GraphAnswerError) return graphAnswerText(locale, error, "cli", TOKEN_VARIABLE);
  if (error instanceof CodedError) {
    const cliKey = `cli.${error.messageKey}`;
    return ownValue(GRAPH_MESSAGES[locale], cliKey) !== undefined
      ? translate(GRAPH_MESSAGES, locale, cliKey, error.messageParams)
      : errorText(error, locale);
  }
  return error instanceof Error ? error.message : String(error);
}

/** A Graph client and gateway to the endpoint; `close()` ends kept-alive connections. */
export function connectGraph(
  io: CommandIo,
  graph: string,
  caFile?: string,
): { client: Client; gateway: GraphListGateway; close(): void } {
  const token = io.env[TOKEN_VARIABLE];
  if (!token) throw new CommandError(say(io, "error.token", { variable: TOKEN_VARIABLE }));
  const caPath = caFile ?? io.env[CA_VARIABLE];
  const ca = caPath ? readFileSync(caPath, "utf8") : undefined;
  const fetch = createNodeHttpsFetch(ca ? { ca } : {});
  const client = createGraphClient({ baseUrl: graph, getToken: async () => token, fetch });
  return { client, gateway: new GraphListGateway(client), close: () => fetch.close() };
}

/** A gateway to the Graph endpoint; `close()` ends kept-alive connections. */
export function connectGateway(
  io: CommandIo,
  graph: string,
  caFile?: string,
): { gateway: GraphListGateway; close(): void } {
  const { gateway, close } = connectGraph(io, graph, caFile);
  return { gateway, close };
}
