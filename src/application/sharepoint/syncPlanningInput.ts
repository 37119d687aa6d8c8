/**
 * Use case: a planning input from SharePoint. Syncs the intake list (full, or only the changes),
 * reads the KAV and people lists when they are named, and combines them with the base input's
 * configuration and spend (and its contracts and people where no list is read). The CLI's `sync` and the task
 * pane both use it.
 */
import type { PlanInput } from "../../domain/model/planInput";
import type { ContractMapping } from "./contractMapping";
import { readContracts, type ContractIssue } from "./readContracts";
import { readPeople, type PersonIssue } from "./readPeople";
import { syncList, type SyncDeps, type SyncOutcome, type SyncRequest } from "./syncList";

/** What to read and what to combine it with. */
export interface PlanningSyncRequest extends SyncRequest {
  /** KAV list on the same site; without it the base input's contracts are kept. */
  readonly kavList?: string;
  /** People list on the same site; without it the base input's people are kept. */
  readonly peopleList?: string;
  /** Columns of the KAV list (the tool's own KAV columns by default). */
  readonly kavMapping?: ContractMapping;
  /** Configuration, spend and people of the result (and contracts without a KAV list). */
  readonly base: PlanInput;
}

/** The planning input, the intake sync's outcome and the KAV items that could not be used. */
export interface PlanningSyncOutcome {
  readonly input: PlanInput;
  readonly sync: SyncOutcome;
  readonly contractIssues: readonly ContractIssue[];
  readonly personIssues: readonly PersonIssue[];
}

/** Syncs the intake list (and reads the KAV list) into a planning input. */
export async function syncPlanningInput(
  deps: SyncDeps,
  request: PlanningSyncRequest,
): Promise<PlanningSyncOutcome> {
  const { kavList, kavMapping, peopleList, base, ...intake } = request;
  const sync = await syncList(deps, intake);
  const kav = kavList
    ? await readContracts(deps.gateway, request.siteUrl, kavList, {
        timeZone: sync.state.timeZone,
        ...(kavMapping ? { mapping: kavMapping } : {}),
        ...(deps.progress ? { progress: deps.progress } : {}),
        ...(deps.signal ? { signal: deps.signal } : {}),
      })
    : undefined;
  const people = peopleList
    ? await readPeople(deps.gateway, request.siteUrl, peopleList, base.config.mainCategories, deps.signal)
    : undefined;
  return {
    input: {
      ...base,
      needs: sync.records,
      contracts: kav?.contracts ?? base.contracts,
      people: people?.people ?? base.people,
    },
    sync,
    contractIssues: kav?.issues ?? [],
    personIssues: people?.issues ?? [],
  };
}
