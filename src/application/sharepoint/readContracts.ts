/**
 * Use case: read the KAV list into contracts for the planning input. The list keeps the end of the
 * fixed period and the end with every option used (`FinalEndDate`); the latter becomes one option,
 * which is what planning uses (finalExpiry). An item that lacks a required value is reported,
 * naming the item and the field, and left out of the contracts.
 */
import type { KavContract } from "../../domain/model/contract";
import { throwIfAborted, type ListGateway, type Progress } from "./listGateway";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "./zonedDates";
import { requireList } from "./findList";

/** A KAV item that could not become a contract. */
export interface ContractIssue {
  readonly itemId: string;
  readonly field: string;
  readonly detail: string;
}

/** Contracts read, and the items that could not be used. */
export interface ContractsRead {
  readonly contracts: readonly KavContract[];
  readonly issues: readonly ContractIssue[];
}

const KAV_COLUMNS = [
  "KavId",
  "Title",
  "Supplier",
  "Category",
  "Subcategory",
  "StartDate",
  "EndDate",
  "FinalEndDate",
  "ContractValue",
  "Framework",
];

/** Reads every item of the KAV list on the site. */
export async function readContracts(
  gateway: ListGateway,
  siteUrl: string,
  listName: string,
  options: { readonly timeZone?: string; readonly progress?: Progress; readonly signal?: AbortSignal } = {},
): Promise<ContractsRead> {
  const timeZone = options.timeZone ?? DEFAULT_SITE_TIME_ZONE;
  const site = await gateway.resolveSite(siteUrl, options.signal);
  const lists = await gateway.listLists(site.id, options.signal);
  const list = requireList(lists, listName, siteUrl);
  const contracts: KavContract[] = [];
  const issues: ContractIssue[] = [];
  let done = 0;
  await gateway.readAllItems(
    { siteId: site.id, listId: list.id },
    KAV_COLUMNS,
    (page) => {
      for (const item of page.items) {
        const f = item.fields;
        const problems: ContractIssue[] = [];
        const text = (key: string, required: boolean): string | undefined => {
          const v = f[key];
          if (typeof v === "string" && v.trim() !== "") return v.trim();
          if (required) problems.push({ itemId: item.id, field: key, detail: "missing" });
          return undefined;
        };
        const date = (key: string, required: boolean): string | undefined => {
          const v = text(key, required);
          if (v === undefined) return undefined;
          try {
            return calendarDateOfInstant(v, timeZone);
          } catch {
            problems.push({ itemId: item.id, field: key, detail: `not a date: ${v}` });
            return undefined;
          }
        };
        const id = text("KavId", true);
        const start = date("StartDate", true);
        const end = date("EndDate", true);
        const finalEnd = date("FinalEndDate", false);
        const value = f.ContractValue;
        if (value !== undefined && value !== null && typeof value !== "number") {
          problems.push({
            itemId: item.id,
            field: "ContractValue",
            detail: `not a number: ${String(value)}`,
          });
        }
        if (problems.length > 0 || id === undefined || start === undefined || end === undefined) {
          issues.push(...problems);
          continue;
        }
        const subcategory = text("Subcategory", false);
        contracts.push({
          id,
          name: text("Title", false) ?? id,
          supplier: text("Supplier", false) ?? "",
          category: text("Category", false) ?? "",
          ...(subcategory ? { subcategory } : {}),
          start,
          end,
          options: finalEnd && finalEnd > end ? [{ until: finalEnd }] : [],
          value: typeof value === "number" ? value : 0,
          framework: f.Framework === true,
        });
      }
      done += page.items.length;
      options.progress?.({ phase: "full", done });
      throwIfAborted(options.signal);
    },
    options.signal,
  );
  return { contracts, issues };
}
