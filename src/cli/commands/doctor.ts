/**
 * `doctor`: the health check from the command line (src/application/goLive/healthCheck.ts) against
 * real Graph or the demo server, with the token from ANSKAFFELSESPLAN_TOKEN. Prints every finding
 * with what to do and a summary; exit code 1 when the add-in cannot work, 0 otherwise.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { runHealthCheck, type ListRole } from "../../application/goLive/healthCheck";
import type { HealthReport } from "../../application/goLive/healthFindings";
import { parseFieldMapping } from "../../application/sharepoint/listSchemas";
import { createGraphClient } from "../../adapters/graph/graphClientFactory";
import { GraphListGateway } from "../../adapters/graph/graphListGateway";
import { graphLibraryProbe } from "../../adapters/graph/graphSiteLibrary";
import { GraphPlanYearStore } from "../../adapters/graph/graphPlanYearStore";
import { nodePlanYearValidator } from "../../adapters/node/jsonSchemas";
import { createNodeHttpsFetch } from "../../adapters/graph/nodeHttpsFetch";
import { defaultPlanConfig } from "../../domain/model/defaults";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import { describeFinding, GO_LIVE_MESSAGES } from "../../i18n/goLiveMessages";
import { translate } from "../../i18n/locale";
import type { CliContext } from "../cliContext";
import { parseInteger } from "../options";
import { CA_VARIABLE, cliLocale, ioOf, TOKEN_VARIABLE, type CommandIo } from "./graphConnection";
import { defaultPlanYear } from "../../domain/planYear/planYearDefaults";
import { todayInOslo } from "../../application/sharepoint/zonedDates";

interface DoctorOptions {
  readonly graph: string;
  readonly site: string;
  readonly planYear?: number;
  readonly list?: string;
  readonly kavList?: string;
  readonly peopleList?: string;
  readonly feedbackList?: string;
  readonly mapping?: string;
  readonly ca?: string;
}

function tell(io: CommandIo, key: string, params?: Record<string, string | number>): string {
  return translate(GO_LIVE_MESSAGES, cliLocale(io), key, params);
}

/** The list names given on the command line, by role. */
function listNamesOf(options: DoctorOptions): Partial<Record<ListRole, string>> {
  const names: Partial<Record<ListRole, string>> = {};
  if (options.list) names.intake = options.list;
  if (options.kavList) names.kav = options.kavList;
  if (options.peopleList) names.people = options.peopleList;
  if (options.feedbackList) names.feedback = options.feedbackList;
  return names;
}

/** Prints the findings (level, text, what to do) and the summary line. */
function printReport(io: CommandIo, report: HealthReport): void {
  const locale = cliLocale(io);
  for (const finding of report.findings) {
    const { text, advice } = describeFinding(finding, locale);
    io.out(`[${tell(io, `doctor.level.${finding.severity}`)}] ${text}`);
    if (finding.severity !== "ok") io.out(`    ${tell(io, "doctor.advice", { advice })}`);
  }
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  const counts = { ok: count("ok"), warnings: count("warning"), errors: count("error") };
  io.out(tell(io, report.healthy ? "doctor.summary.ok" : "doctor.summary.failed", counts));
}

/** Runs the health check and prints it; returns the report. */
export async function runDoctor(options: DoctorOptions, io: CommandIo): Promise<HealthReport> {
  const token = io.env[TOKEN_VARIABLE] || undefined;
  const caPath = options.ca ?? io.env[CA_VARIABLE];
  const fetch = createNodeHttpsFetch(caPath ? { ca: readFileSync(caPath, "utf8") } : {});
  const client = createGraphClient({ baseUrl: options.graph, getToken: async () => token ?? "", fetch });
  const planYear = options.planYear ?? defaultPlanYear(todayInOslo());
  io.out(tell(io, "doctor.header", { site: options.site, graph: options.graph }));
  try {
    const report = await runHealthCheck(
      {
        siteUrl: options.site,
        token,
        now: new Date(),
        planYear,
        config: defaultPlanConfig(planYear),
        criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
        listNames: listNamesOf(options),
        ...(options.mapping
          ? { mapping: parseFieldMapping(JSON.parse(readFileSync(options.mapping, "utf8")) as unknown) }
          : {}),
      },
      {
        gateway: new GraphListGateway(client),
        library: graphLibraryProbe(client),
        records: (site) => new GraphPlanYearStore(client, site.id, site.webUrl),
        validatePlanYear: nodePlanYearValidator(),
      },
    );
    printReport(io, report);
    return report;
  } finally {
    fetch.close();
  }
}

/** Registers `doctor` on the program. */
export function registerDoctorCommand(program: Command, ctx: CliContext): void {
  program
    .command("doctor")
    .description(
      "health check of a tenant: sign-in, site, lists and columns, write access, library, plan-year record",
    )
    .requiredOption("--graph <url>", "Graph base URL with version, e.g. https://graph.microsoft.com/v1.0")
    .requiredOption("--site <url>", "SharePoint site URL")
    .option("--plan-year <year>", "plan year whose record is checked (default: next year)", parseInteger)
    .option("--list <name>", "intake list name or id (default Anskaffelsesbehov)")
    .option("--kav-list <name>", "KAV list name or id (default KAV-avtaler)")
    .option("--people-list <name>", "people list name or id (default Anskaffelsesressurser)")
    .option("--feedback-list <name>", "feedback list name or id (default Tilbakemeldinger)")
    .option("--mapping <file>", "the intake list's field mapping (from map-list)")
    .option("--ca <file>", "extra CA certificate (PEM) to trust, e.g. the demo server's")
    .action(async (opts: DoctorOptions) => {
      const io = ioOf(ctx);
      try {
        const report = await runDoctor(opts, io);
        ctx.exitCode = report.healthy ? 0 : 1;
      } catch (error) {
        ctx.err(tell(io, "doctor.failed", { detail: (error as Error).message }));
        ctx.exitCode = 1;
      }
    });
}
