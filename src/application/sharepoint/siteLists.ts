/**
 * Use cases of the coordinator's set-up screen: find a list by name or id, see which of the planning
 * lists a site already has, and draft the field mapping of a list (the saved one, else a suggestion
 * from its columns) with the fields still unmapped.
 */
import { RAW_NEED_FIELDS, SCORE_FIELD_PREFIX } from "../../domain/intake/intakeTypes";
import type { PlanConfig } from "../../domain/model/planInput";
import type { ListGateway, ListInfo, SiteInfo } from "./listGateway";
import { findList, locateList } from "./findList";
import { CONTRACT_FIELDS, suggestContractMapping, type ContractMapping } from "./contractMapping";
import { LIST_NAMES, type ColumnSpec, type FieldMapping } from "./listSchemas";
import { mappingKey, suggestMapping, type MappingStore } from "./setupLists";

/** A site with its lists and which of the tool's own lists exist. */
export interface SiteOverview {
  readonly site: SiteInfo;
  readonly lists: readonly ListInfo[];
  readonly planning: {
    readonly intake?: ListInfo;
    readonly kav?: ListInfo;
    readonly feedback?: ListInfo;
    readonly people?: ListInfo;
  };
}

/** Resolves the site by URL and lists its lists. */
export async function inspectSite(
  gateway: ListGateway,
  siteUrl: string,
  signal?: AbortSignal,
): Promise<SiteOverview> {
  const site = await gateway.resolveSite(siteUrl, signal);
  const lists = [...(await gateway.listLists(site.id, signal))].sort((a, b) =>
    a.displayName.localeCompare(b.displayName, "nb"),
  );
  const intake = findList(lists, LIST_NAMES.intake);
  const kav = findList(lists, LIST_NAMES.kav);
  const feedback = findList(lists, LIST_NAMES.feedback);
  const people = findList(lists, LIST_NAMES.people);
  return {
    site,
    lists,
    planning: {
      ...(intake ? { intake } : {}),
      ...(kav ? { kav } : {}),
      ...(feedback ? { feedback } : {}),
      ...(people ? { people } : {}),
    },
  };
}

/** Every field a need can be mapped from: the raw need fields and one score per criterion. */
export function mappableNeedFields(criteriaIds: readonly string[]): string[] {
  return [...RAW_NEED_FIELDS, ...criteriaIds.map((c) => `${SCORE_FIELD_PREFIX}${c}`)];
}

/** The mapping to start from for a list, with its columns and the fields left unmapped. */
export interface MappingDraft<T = FieldMapping> {
  readonly list: ListInfo;
  readonly columns: readonly ColumnSpec[];
  readonly mapping: T;
  /** `saved`: the coordinator's mapping for this site and list; `suggested`: derived from the columns. */
  readonly origin: "saved" | "suggested";
  readonly unmapped: readonly string[];
}

/** The list's columns and the saved mapping, else the suggestion made from the columns. */
async function draft<T>(
  gateway: ListGateway,
  request: { readonly siteUrl: string; readonly listName: string; readonly store?: MappingStore<T> },
  suggest: (columns: readonly ColumnSpec[]) => T,
  unmappedOf: (mapping: T) => readonly string[],
  signal?: AbortSignal,
): Promise<MappingDraft<T>> {
  const { list, ref } = await locateList(gateway, request.siteUrl, request.listName, signal);
  const columns = await gateway.getColumns(ref, signal);
  const saved = await request.store?.load(mappingKey(request.siteUrl, list.displayName));
  const mapping = saved ?? suggest(columns);
  return { list, columns, mapping, origin: saved ? "saved" : "suggested", unmapped: unmappedOf(mapping) };
}

/** Drafts the mapping of an intake list on the site: the saved one when there is one, else a suggestion. */
export function draftMapping(
  gateway: ListGateway,
  request: {
    readonly siteUrl: string;
    readonly listName: string;
    readonly config: PlanConfig;
    readonly criteriaIds: readonly string[];
    readonly store?: MappingStore;
  },
  signal?: AbortSignal,
): Promise<MappingDraft> {
  return draft(
    gateway,
    request,
    (columns) => suggestMapping(columns, request.config, request.criteriaIds),
    (mapping) => mappableNeedFields(request.criteriaIds).filter((f) => mapping.needFields[f] === undefined),
    signal,
  );
}

/** Drafts the mapping of a KAV (contract) list: the saved one, else a suggestion from its columns. */
export function draftContractMapping(
  gateway: ListGateway,
  request: {
    readonly siteUrl: string;
    readonly listName: string;
    readonly config: PlanConfig;
    readonly store?: MappingStore<ContractMapping>;
  },
  signal?: AbortSignal,
): Promise<MappingDraft<ContractMapping>> {
  return draft(
    gateway,
    request,
    (columns) => suggestContractMapping(columns, request.config),
    (mapping) => CONTRACT_FIELDS.filter((f) => mapping.contractFields[f] === undefined),
    signal,
  );
}
