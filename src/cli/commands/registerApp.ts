/**
 * `register-app`: the Entra ID app registration as code (src/application/goLive/appRegistration.ts).
 * `--dry-run` prints every Graph request (method, URL, JSON body) without sending anything and
 * needs no token; otherwise the requests go to --graph with an administrator's token from
 * ANSKAFFELSESPLAN_TOKEN. Ends by printing the client id and where to put it.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import {
  registerApp,
  RegistrationStepError,
  type GraphCall,
  type PermissionMode,
  type RegistrationResult,
} from "../../application/goLive/appRegistration";
import { createGraphRestTransport } from "../../adapters/graph/graphRestTransport";
import { createNodeHttpsFetch } from "../../adapters/graph/nodeHttpsFetch";
import { GO_LIVE_MESSAGES } from "../../i18n/goLiveMessages";
import { translate } from "../../i18n/locale";
import type { CliContext } from "../cliContext";
import {
  CA_VARIABLE,
  cliLocale,
  CommandError,
  ioOf,
  TOKEN_VARIABLE,
  type CommandIo,
} from "./graphConnection";

/** Microsoft Graph v1.0, where a real registration goes. */
export const GRAPH_V1 = "https://graph.microsoft.com/v1.0";

interface RegisterOptions {
  readonly address: string;
  readonly site?: string;
  readonly permissions: string;
  readonly name: string;
  readonly graph: string;
  readonly dryRun?: boolean;
  readonly consent: boolean;
  readonly ca?: string;
}

function tell(io: CommandIo, key: string, params?: Record<string, string | number>): string {
  return translate(GO_LIVE_MESSAGES, cliLocale(io), key, params);
}

/** One request as printed by the dry run: `METHOD URL`, then the JSON body indented. */
export function formatCall(graph: string, call: GraphCall): string {
  const head = `${call.method} ${graph.replace(/\/+$/, "")}${call.path}`;
  if (call.body === undefined) return head;
  const body = JSON.stringify(call.body, null, 2)
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
  return `${head}\n${body}`;
}

function permissionMode(io: CommandIo, value: string): PermissionMode {
  if (value === "selected" || value === "readWriteAll") return value;
  throw new CommandError(tell(io, "register.badPermissions", { value }), 2);
}

/** Prints the outcome: ids, redirect URIs, scopes and where each goes. */
function printResult(io: CommandIo, options: RegisterOptions, result: RegistrationResult): void {
  const { clientId, tenantId } = result;
  if (!result.dryRun) {
    const action = tell(io, result.updated ? "register.updated" : "register.created");
    io.out(tell(io, "register.done", { name: options.name, action }));
  }
  io.out(tell(io, "register.clientId", { clientId }));
  io.out(tell(io, "register.tenantId", { tenantId }));
  io.out(tell(io, "register.redirects", { uris: result.redirectUris.join(", ") }));
  io.out(tell(io, "register.scopes", { scopes: result.scopes.join(", ") }));
  const selected = tell(io, options.permissions === "selected" ? "register.yes" : "register.no");
  io.out(tell(io, "register.where.pane", { clientId, tenantId, selected }));
  io.out(tell(io, "register.where.cli"));
  if (options.permissions === "selected" && options.site)
    io.out(tell(io, "register.where.grant", { site: options.site }));
}

/** Runs the registration (or its dry run); returns the result. */
export async function runRegisterApp(options: RegisterOptions, io: CommandIo): Promise<RegistrationResult> {
  const request = {
    displayName: options.name,
    baseUrl: options.address,
    permissions: permissionMode(io, options.permissions),
    adminConsent: options.consent,
    ...(options.site ? { siteUrl: options.site } : {}),
  };
  if (options.dryRun) {
    const result = await registerApp(request, undefined);
    io.out(tell(io, "register.dryRun", { graph: options.graph }));
    for (const call of result.calls) io.out(formatCall(options.graph, call));
    printResult(io, options, result);
    return result;
  }
  const token = io.env[TOKEN_VARIABLE];
  if (!token) throw new CommandError(tell(io, "register.noToken", { variable: TOKEN_VARIABLE }));
  const caPath = options.ca ?? io.env[CA_VARIABLE];
  const fetch = createNodeHttpsFetch(caPath ? { ca: readFileSync(caPath, "utf8") } : {});
  try {
    const result = await registerApp(request, createGraphRestTransport(options.graph, token, fetch));
    printResult(io, options, result);
    return result;
  } catch (error) {
    if (!(error instanceof RegistrationStepError)) throw error;
    const step = `${error.call.method} ${error.call.path}`;
    throw new CommandError(tell(io, "register.failed", { step, status: error.status, detail: error.detail }));
  } finally {
    fetch.close();
  }
}

/** Registers `register-app` on the program. */
export function registerRegisterAppCommand(program: Command, ctx: CliContext): void {
  program
    .command("register-app")
    .description(
      "create or update the Entra ID app registration (SPA redirect URIs, Graph permissions, site grant)",
    )
    .requiredOption(
      "--address <url>",
      "where the add-in is served, e.g. https://anskaffelse.example.no/addin/",
    )
    .option("--site <url>", "the planning site (required with --permissions selected)")
    .option("--permissions <mode>", "selected (Sites.Selected, least privilege) or readWriteAll", "selected")
    .option("--name <name>", "the app registration's display name", "Anskaffelsesplan")
    .option("--graph <url>", "Graph base URL with version", GRAPH_V1)
    .option("--no-consent", "leave admin consent to be granted in the Entra admin center")
    .option("--dry-run", "print every request (method, URL, body) and send nothing")
    .option("--ca <file>", "extra CA certificate (PEM) to trust (a local test server)")
    .action(async (opts: RegisterOptions) => {
      await runRegisterApp(opts, ioOf(ctx)).catch((error: unknown) => {
        ctx.err((error as Error).message);
        ctx.exitCode = error instanceof CommandError ? error.code : 1;
      });
    });
}
