/**
 * Use cases of the list set-up: create the intake, KAV, feedback and people lists with the right columns on a
 * site the coordinator picks by URL, or map an existing list (suggested mapping from its columns,
 * saved per workbook/user through a MappingStore).
 */
import { SCORE_FIELD_PREFIX, RAW_NEED_FIELDS } from "../../domain/intake/intakeTypes";
import type { PlanConfig } from "../../domain/model/planInput";
import { throwIfAborted, type ListGateway, type ListInfo, type SiteInfo } from "./listGateway";
import {
  defaultFieldMapping,
  BUILT_IN_COLUMN_FIELDS,
  feedbackListDefinition,
  intakeListDefinition,
  kavListDefinition,
  LIST_NAMES,
  peopleListDefinition,
  WRITE_BACK_FIELDS,
  type ColumnSpec,
  type FieldMapping,
} from "./listSchemas";
import { findList } from "./findList";
import { matchColumn } from "./columnMatch";

/**
 * Saves a list's field mapping per workbook/user (Office: partitioned storage; CLI: a file), keyed
 * by `mappingKey`: the intake list's FieldMapping, or a KAV list's ContractMapping.
 */
export interface MappingStore<T = FieldMapping> {
  load(key: string): Promise<T | undefined>;
  save(key: string, mapping: T): Promise<void>;
}

/** The key a mapping is saved under: one per site and list. */
export function mappingKey(siteUrl: string, listName: string): string {
  return `${siteUrl.replace(/\/+$/, "").toLowerCase()}|${listName.toLowerCase()}`;
}

/** The lists after set-up; `created` names those made now (the others existed already). */
export interface PlanningLists {
  readonly site: SiteInfo;
  readonly intake: ListInfo;
  readonly kav: ListInfo;
  readonly feedback: ListInfo;
  readonly people: ListInfo;
  readonly created: readonly string[];
}

/** Creates the KAV, intake, feedback and people lists that do not exist yet (KAV first: intake looks it up). */
export async function createPlanningLists(
  gateway: ListGateway,
  siteUrl: string,
  config: PlanConfig,
  criteriaIds: readonly string[],
  signal?: AbortSignal,
): Promise<PlanningLists> {
  const site = await gateway.resolveSite(siteUrl, signal);
  const existing = await gateway.listLists(site.id, signal);
  const created: string[] = [];
  const ensure = async (
    name: string,
    make: () => Parameters<ListGateway["createList"]>[1],
  ): Promise<ListInfo> => {
    throwIfAborted(signal);
    const found = findList(existing, name);
    if (found) return found;
    const list = await gateway.createList(site.id, make(), signal);
    created.push(list.displayName);
    return list;
  };
  const kav = await ensure(LIST_NAMES.kav, () => kavListDefinition(config));
  const intake = await ensure(LIST_NAMES.intake, () => intakeListDefinition(config, criteriaIds, kav.id));
  const feedback = await ensure(LIST_NAMES.feedback, () => feedbackListDefinition(config));
  const people = await ensure(LIST_NAMES.people, () => peopleListDefinition(config));
  return { site, intake, kav, feedback, people, created };
}

/**
 * A suggested mapping for an existing list: each of our fields goes to the column whose internal
 * or display name matches our column name, our field name or the Norwegian display name of the
 * tool's own list; fields with no match are left out (the coordinator maps them by hand).
 */
export function suggestMapping(
  columns: readonly ColumnSpec[],
  config: PlanConfig,
  criteriaIds: readonly string[],
): FieldMapping {
  const ours = defaultFieldMapping(criteriaIds);
  const own = intakeListDefinition(config, criteriaIds);
  const pick = (field: string, columnName: string): string | undefined =>
    matchColumn(columns, [
      columnName,
      field,
      own.columns.find((c) => c.name === columnName)?.displayName ?? "",
    ]);
  const needFields: Record<string, string> = {};
  for (const field of [...RAW_NEED_FIELDS, ...criteriaIds.map((c) => `${SCORE_FIELD_PREFIX}${c}`)]) {
    const column = ours.needFields[field] as string;
    // A built-in column (Created) is read-only: taken as it is, not matched among writable ones.
    const hit = BUILT_IN_COLUMN_FIELDS.has(field)
      ? columns.find((c) => c.name === column)?.name
      : pick(field, column);
    if (hit) needFields[field] = hit;
  }
  const writeBack = { ...ours.writeBack };
  for (const field of WRITE_BACK_FIELDS)
    writeBack[field] = pick(field, ours.writeBack[field]) ?? ours.writeBack[field];
  return { needFields, writeBack };
}
