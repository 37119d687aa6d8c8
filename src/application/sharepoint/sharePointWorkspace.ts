/**
 * Use case facade of the task pane's SharePoint panel: for the connection the coordinator set up
 * (Graph endpoint, site, intake and KAV lists) it inspects the site, creates the planning lists,
 * drafts and saves the field mapping, syncs the lists into a plan, and publishes the plan's
 * decisions. Every step goes through the ports it is given; nothing here knows React or Office.
 */
import { CodedError } from "../codedError";
import type { PlanInput } from "../../domain/model/planInput";
import type { PlanResult } from "../planResult";
import type { ListGateway, Progress } from "./listGateway";
import { defaultFieldMapping, LIST_NAMES, type FieldMapping } from "./listSchemas";
import { feedbackEntriesOf, publishFeedbackList, type FeedbackReport } from "./feedbackList";
import { decisionsFromPlan } from "./planDecisions";
import { publishDecisions, type PublishReport } from "./publishDecisions";
import { resolveConflicts, type ResolveReport, type ResolveRequest } from "./resolveConflicts";
import { createPlanningLists, mappingKey, type MappingStore, type PlanningLists } from "./setupLists";
import type { ContractMapping } from "./contractMapping";
import {
  draftContractMapping,
  draftMapping,
  inspectSite,
  type MappingDraft,
  type SiteOverview,
} from "./siteLists";
import type { SyncStateStore } from "./syncState";
import { syncPlanningInput, type PlanningSyncOutcome } from "./syncPlanningInput";

/** Where the planning lists are (saved per workbook/user; contains no secrets). */
export interface SharePointConnection {
  /** Graph base URL with version, e.g. `https://graph.microsoft.com/v1.0`. */
  readonly graphBaseUrl: string;
  readonly siteUrl: string;
  /** Intake list: display name or id. */
  readonly intakeList: string;
  /** KAV list on the same site; empty = use the base input's contracts. */
  readonly kavList: string;
  /** People list (leads and lawyers) on the same site; empty = use the base input's people. */
  readonly peopleList: string;
}

/** The ports of the workspace, provided by the composition root. */
export interface SharePointWorkspaceDeps {
  /** A gateway to the connection's Graph endpoint (tokens are the gateway's business). */
  readonly gatewayFor: (connection: SharePointConnection) => ListGateway;
  /** The sync state of the connection's intake list. */
  readonly stateStoreFor: (connection: SharePointConnection) => SyncStateStore;
  /** The coordinator's field mappings of intake lists, per site and list. */
  readonly mappings: MappingStore;
  /** The coordinator's field mappings of KAV lists, per site and list. */
  readonly contractMappings: MappingStore<ContractMapping>;
  /** Configuration, spend and people to plan with (and contracts when no KAV list is read). */
  readonly base: () => PlanInput;
  /** Runs the plan on a synced input (the shared plan use case with the host's solver). */
  readonly plan: (input: PlanInput) => Promise<PlanResult>;
  /**
   * Turns a synced input into the one planned (e.g. with the site's plan-year record's
   * configuration and edits); may throw to stop the sync with a reason. Absent = planned as synced.
   */
  readonly prepare?: (connection: SharePointConnection, synced: PlanInput) => Promise<PlanInput>;
  readonly criteriaIds: readonly string[];
}

/** A finished sync: the plan on the synced lists, the input it was made from, and what the sync did. */
export interface WorkspaceSync extends PlanningSyncOutcome {
  readonly result: PlanResult;
}

/** What the SharePoint panel can do. */
export interface SharePointWorkspace {
  inspect(connection: SharePointConnection, signal?: AbortSignal): Promise<SiteOverview>;
  createLists(connection: SharePointConnection, signal?: AbortSignal): Promise<PlanningLists>;
  draftMapping(connection: SharePointConnection, signal?: AbortSignal): Promise<MappingDraft>;
  saveMapping(connection: SharePointConnection, mapping: FieldMapping): Promise<void>;
  /** The KAV list's mapping (saved, else suggested); throws when the connection names no KAV list. */
  draftContractMapping(
    connection: SharePointConnection,
    signal?: AbortSignal,
  ): Promise<MappingDraft<ContractMapping>>;
  saveContractMapping(connection: SharePointConnection, mapping: ContractMapping): Promise<void>;
  sync(
    connection: SharePointConnection,
    options?: { readonly progress?: Progress; readonly signal?: AbortSignal; readonly full?: boolean },
  ): Promise<WorkspaceSync>;
  publish(
    connection: SharePointConnection,
    plan: PlanResult,
    options?: { readonly progress?: Progress; readonly signal?: AbortSignal },
  ): Promise<PublishReport>;
  /** Resolves the open conflicts of earlier publishes: keep the other person's value, or write the plan's. */
  resolveConflicts(
    connection: SharePointConnection,
    request: ResolveRequest,
    options?: { readonly signal?: AbortSignal },
  ): Promise<ResolveReport>;
  /** Writes again just the decisions the last publish could not write (e.g. throttled to the end). */
  retryFailed(
    connection: SharePointConnection,
    options?: { readonly progress?: Progress; readonly signal?: AbortSignal },
  ): Promise<PublishReport>;
  /**
   * Saves a file of the plan (e.g. the Project XML) into the site's document library under
   * `Anskaffelsesplan/<plan year>`, replacing the earlier version of the same name.
   */
  saveDocument(
    connection: SharePointConnection,
    planYear: number,
    fileName: string,
    content: string,
    contentType: string,
  ): Promise<{ readonly id: string; readonly webUrl: string }>;
  /** Writes the plan's feedback to the units into the site's feedback list (one item per need and year). */
  publishFeedback(
    connection: SharePointConnection,
    plan: PlanResult,
    options?: { readonly progress?: Progress; readonly signal?: AbortSignal },
  ): Promise<FeedbackReport>;
}

/** Folder of the document library where the plan's files go (one subfolder per plan year). */
export const DOCUMENT_FOLDER = "Anskaffelsesplan";

/** Thrown when publishing before the intake list was synced on this connection. */
export class NotSyncedError extends Error {
  constructor(readonly listName: string) {
    super(`The list "${listName}" has not been synced yet: sync it before publishing.`);
    this.name = "NotSyncedError";
  }
}

/** The workspace over the given ports. */
export function createSharePointWorkspace(deps: SharePointWorkspaceDeps): SharePointWorkspace {
  /** The state store of a connection whose intake list was synced (NotSyncedError otherwise). */
  const syncedStore = async (c: SharePointConnection) => {
    const store = deps.stateStoreFor(c);
    const state = await store.load();
    if (!state || state.siteUrl !== c.siteUrl || state.graphBaseUrl !== c.graphBaseUrl)
      throw new NotSyncedError(c.intakeList);
    return store;
  };
  const keyOf = (c: SharePointConnection): string => mappingKey(c.siteUrl, c.intakeList);
  const kavKeyOf = (c: SharePointConnection): string => {
    if (c.kavList.trim() === "") throw new CodedError("kav.notChosen");
    return mappingKey(c.siteUrl, c.kavList);
  };
  return {
    inspect: (c, signal) => inspectSite(deps.gatewayFor(c), c.siteUrl, signal),

    createLists: (c, signal) =>
      createPlanningLists(deps.gatewayFor(c), c.siteUrl, deps.base().config, deps.criteriaIds, signal),

    draftMapping: (c, signal) =>
      draftMapping(
        deps.gatewayFor(c),
        {
          siteUrl: c.siteUrl,
          listName: c.intakeList,
          config: deps.base().config,
          criteriaIds: deps.criteriaIds,
          store: deps.mappings,
        },
        signal,
      ),

    saveMapping: (c, mapping) => deps.mappings.save(keyOf(c), mapping),

    draftContractMapping: async (c, signal) => {
      kavKeyOf(c);
      return draftContractMapping(
        deps.gatewayFor(c),
        { siteUrl: c.siteUrl, listName: c.kavList, config: deps.base().config, store: deps.contractMappings },
        signal,
      );
    },

    saveContractMapping: (c, mapping) => deps.contractMappings.save(kavKeyOf(c), mapping),

    async sync(c, options = {}) {
      const store = deps.stateStoreFor(c);
      // The coordinator's saved mapping wins; else the one the last sync used; else our own columns.
      const mapping =
        (await deps.mappings.load(keyOf(c))) ??
        (await store.load())?.mapping ??
        defaultFieldMapping(deps.criteriaIds);
      const hasKav = c.kavList.trim() !== "";
      const kavMapping = hasKav ? await deps.contractMappings.load(kavKeyOf(c)) : undefined;
      const outcome = await syncPlanningInput(
        {
          gateway: deps.gatewayFor(c),
          store,
          ...(options.progress ? { progress: options.progress } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        },
        {
          graphBaseUrl: c.graphBaseUrl,
          siteUrl: c.siteUrl,
          listName: c.intakeList,
          mapping,
          mode: options.full ? "full" : "auto",
          ...(hasKav ? { kavList: c.kavList } : {}),
          ...(kavMapping ? { kavMapping } : {}),
          ...(c.peopleList.trim() !== "" ? { peopleList: c.peopleList } : {}),
          base: deps.base(),
        },
      );
      const input = deps.prepare ? await deps.prepare(c, outcome.input) : outcome.input;
      return { ...outcome, input, result: await deps.plan(input) };
    },

    async publish(c, plan, options = {}) {
      const store = deps.stateStoreFor(c);
      const state = await store.load();
      if (!state || state.siteUrl !== c.siteUrl || state.graphBaseUrl !== c.graphBaseUrl)
        throw new NotSyncedError(c.intakeList);
      return publishDecisions(
        {
          gateway: deps.gatewayFor(c),
          store,
          ...(options.progress ? { progress: options.progress } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        },
        decisionsFromPlan(plan),
      );
    },

    async resolveConflicts(c, request, options = {}) {
      const store = await syncedStore(c);
      return resolveConflicts(
        { gateway: deps.gatewayFor(c), store, ...(options.signal ? { signal: options.signal } : {}) },
        request,
      );
    },

    async retryFailed(c, options = {}) {
      const store = await syncedStore(c);
      const decisions = (await store.load())?.failedDecisions ?? [];
      return publishDecisions(
        {
          gateway: deps.gatewayFor(c),
          store,
          ...(options.progress ? { progress: options.progress } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        },
        decisions,
      );
    },

    async saveDocument(c, planYear, fileName, content, contentType) {
      const gateway = deps.gatewayFor(c);
      const site = await gateway.resolveSite(c.siteUrl);
      return gateway.uploadFile(site.id, `${DOCUMENT_FOLDER}/${planYear}`, fileName, content, contentType);
    },

    publishFeedback: (c, plan, options = {}) =>
      publishFeedbackList(
        {
          gateway: deps.gatewayFor(c),
          ...(options.progress ? { progress: options.progress } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        },
        {
          siteUrl: c.siteUrl,
          listName: LIST_NAMES.feedback,
          planYear: plan.planYear,
          entries: feedbackEntriesOf(plan),
        },
      ),
  };
}
