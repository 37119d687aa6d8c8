/**
 * The planning input of `plan --store DIR --year Y` and `plan --graph URL --site URL --year Y`: the
 * plan-year record's configuration and edits, with the needs (and contracts and people) from the
 * site's lists, or — for a local store — from `--input FILE` (its configuration is not used) or the
 * demo tenant. Findings about the record are printed; blocking ones stop the run (exit code 2).
 */
import { readPlanInputFile } from "../adapters/node/planInputFile";
import { planningInputFromRecord, type PlanSources } from "../application/planYear/planningInputFromRecord";
import { loadPlanYear } from "../application/planYear/planYearRecords";
import { findingLine } from "../application/planYear/planYearReport";
import { defaultFieldMapping } from "../application/sharepoint/listSchemas";
import { syncPlanningInput } from "../application/sharepoint/syncPlanningInput";
import { MemorySyncStateStore } from "../application/sharepoint/syncState";
import { generateDemoTenant } from "../demo/demoTenant";
import type { PlanInput } from "../domain/model/planInput";
import type { PlanYearRecord } from "../domain/planYear/planYearTypes";
import { DEFAULT_CRITERIA } from "../domain/prioritisation/defaultCriteria";
import { planYearSay } from "../i18n/planYearMessages";
import type { CliContext } from "./cliContext";
import { CommandError, ioOf, say as graphSay } from "./commands/graphConnection";
import { openStore, reportFailure, type OpenStore, type StoreOptions } from "./planYearConnection";

/** Options of a plan run from the record. */
export interface RecordPlanOptions extends StoreOptions {
  readonly year: number;
  readonly seed: number;
  readonly input?: string;
  readonly demo?: boolean;
  readonly list?: string;
  readonly kavList?: string;
  readonly peopleList?: string;
}

/** Needs, contracts and people from the site's lists, with every item that could not be used said. */
async function siteSources(
  ctx: CliContext,
  store: OpenStore,
  record: PlanYearRecord,
  opts: RecordPlanOptions,
) {
  const graph = store.graph;
  if (graph === undefined || opts.list === undefined)
    throw new CommandError(planYearSay(ctx.locale, "cli.sourceChoice"), 2);
  const io = ioOf(ctx);
  const criteria = (record.config.prioritisation?.criteria ?? DEFAULT_CRITERIA).map((c) => c.id);
  const synced = await syncPlanningInput(
    { gateway: graph.gateway, store: new MemorySyncStateStore() },
    {
      graphBaseUrl: graph.graphUrl,
      siteUrl: graph.siteUrl,
      listName: opts.list,
      mapping: defaultFieldMapping(criteria),
      mode: "full",
      ...(opts.kavList ? { kavList: opts.kavList } : {}),
      ...(opts.peopleList ? { peopleList: opts.peopleList } : {}),
      base: { config: record.config, needs: [], contracts: [], spend: [], people: [] },
    },
  );
  for (const issue of synced.sync.issues) ctx.err(graphSay(io, "sync.issue", { ...issue }));
  for (const issue of synced.contractIssues) ctx.err(graphSay(io, "sync.contractIssue", { ...issue }));
  for (const issue of synced.personIssues) ctx.err(graphSay(io, "sync.personIssue", { ...issue }));
  const { config: _config, ...sources } = synced.input;
  return sources;
}

/** Needs and the rest from a planning input file or the demo tenant (their configuration unused). */
async function localSources(ctx: CliContext, opts: RecordPlanOptions): Promise<PlanSources> {
  if (Boolean(opts.input) === Boolean(opts.demo))
    throw new CommandError(planYearSay(ctx.locale, "cli.sourceChoice"), 2);
  const input = opts.input
    ? await readPlanInputFile(opts.input)
    : generateDemoTenant({ seed: opts.seed, planYear: opts.year });
  const { config: _config, ...sources } = input;
  return sources;
}

/** The run's input and the record it was built from (its edits are the ones applied), or undefined. */
export async function recordPlanning(
  ctx: CliContext,
  opts: RecordPlanOptions,
): Promise<{ readonly input: PlanInput; readonly record: PlanYearRecord } | undefined> {
  let store: OpenStore | undefined;
  try {
    store = await openStore(opts, ioOf(ctx));
    const { record, location } = await loadPlanYear(store.deps, opts.year);
    const sources = store.graph ? await siteSources(ctx, store, record, opts) : await localSources(ctx, opts);
    const { input, findings } = planningInputFromRecord(record, sources, { realTenant: store.realTenant });
    const blocking = findings.filter((f) => f.blocking);
    for (const finding of findings.filter((f) => !f.blocking)) ctx.err(findingLine(finding, ctx.locale));
    if (blocking.length > 0) {
      ctx.err(planYearSay(ctx.locale, "cli.planBlocked"));
      for (const finding of blocking) ctx.err(`  ${findingLine(finding, ctx.locale)}`);
      ctx.exitCode = 2;
      return undefined;
    }
    ctx.out(planYearSay(ctx.locale, "cli.planRecord", { year: opts.year, file: location }));
    return { input, record };
  } catch (error) {
    reportFailure(error, ctx, opts.year, store);
    return undefined;
  } finally {
    store?.close();
  }
}
