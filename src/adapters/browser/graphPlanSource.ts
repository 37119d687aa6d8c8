/**
 * PlanSource over SharePoint through Microsoft Graph: syncs the intake list (full, then changes
 * only) and the KAV list, and runs the shared plan use case on them, with security-graded content
 * hidden. Configuration, spend and people come from a base input (the demo tenant in the demo).
 */
import { runPlan } from "../../application/runPlan";
import type { PlanResult } from "../../application/planResult";
import type { ListGateway, Progress } from "../../application/sharepoint/listGateway";
import { defaultFieldMapping, type FieldMapping } from "../../application/sharepoint/listSchemas";
import { readContracts } from "../../application/sharepoint/readContracts";
import { syncList } from "../../application/sharepoint/syncList";
import type { ListSyncState, SyncStateStore } from "../../application/sharepoint/syncState";
import type { PlanInput } from "../../domain/model/planInput";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import type { PlanSource } from "../../taskpane/planSource";

/** Where the lists are and what to combine them with. */
export interface GraphPlanSourceOptions {
  readonly gateway: ListGateway;
  readonly graphBaseUrl: string;
  readonly siteUrl: string;
  readonly intakeList: string;
  /** KAV list on the same site; without it the base input's contracts are used. */
  readonly kavList?: string;
  /** Config, spend and people (and contracts when no KAV list is given). */
  readonly base: () => PlanInput;
  readonly mapping?: FieldMapping;
  /** Keeps the sync state between loads; in memory for the page's lifetime by default. */
  readonly store?: SyncStateStore;
  readonly progress?: Progress;
}

class SessionStateStore implements SyncStateStore {
  private state: ListSyncState | undefined;
  async load(): Promise<ListSyncState | undefined> {
    return this.state;
  }
  async save(state: ListSyncState): Promise<void> {
    this.state = state;
  }
}

/** A PlanSource that reads the needs (and contracts) from SharePoint on every load. */
export function createGraphPlanSource(options: GraphPlanSourceOptions): PlanSource {
  const store = options.store ?? new SessionStateStore();
  return {
    async load(): Promise<PlanResult> {
      const base = options.base();
      const synced = await syncList(
        { gateway: options.gateway, store, ...(options.progress ? { progress: options.progress } : {}) },
        {
          graphBaseUrl: options.graphBaseUrl,
          siteUrl: options.siteUrl,
          listName: options.intakeList,
          mapping:
            options.mapping ??
            (await store.load())?.mapping ??
            defaultFieldMapping(DEFAULT_CRITERIA.map((c) => c.id)),
        },
      );
      const contracts = options.kavList
        ? (await readContracts(options.gateway, options.siteUrl, options.kavList)).contracts
        : base.contracts;
      return runPlan({ ...base, needs: synced.records, contracts }, { includeSecurityGraded: false });
    },
  };
}
