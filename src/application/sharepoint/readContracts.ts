/**
 * Use case: read the KAV list into contracts for the planning input, through the list's contract
 * mapping (the tool's own columns by default). The list keeps the end of the
 * fixed period and the end with every option used (`FinalEndDate`); the latter becomes one option,
 * which is what planning uses (finalExpiry). An item that lacks a required value is reported,
 * naming the item and the field, and left out of the contracts.
 */
import { CodedError } from "../codedError";
import type { KavContract } from "../../domain/model/contract";
import { throwIfAborted, type ListGateway, type Progress } from "./listGateway";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "./zonedDates";
import { locateList } from "./findList";
import { defaultContractMapping, type ContractField, type ContractMapping } from "./contractMapping";
import { ownValue } from "../../domain/model/dataRecord";

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

/** Values a yes/no column may hold in a contract list that was not made by the tool. */
const YES = new Set(["true", "ja", "yes", "1"]);

/** Reads every item of the KAV list on the site. */
export async function readContracts(
  gateway: ListGateway,
  siteUrl: string,
  listName: string,
  options: {
    readonly timeZone?: string;
    readonly progress?: Progress;
    readonly signal?: AbortSignal;
    /** Which column holds which contract field; the tool's own KAV columns by default. */
    readonly mapping?: ContractMapping;
  } = {},
): Promise<ContractsRead> {
  const mapping = options.mapping ?? defaultContractMapping();
  const timeZone = options.timeZone ?? DEFAULT_SITE_TIME_ZONE;
  const { ref } = await locateList(gateway, siteUrl, listName, options.signal);
  const columns = await gateway.getColumns(ref, options.signal);
  const missing = Object.entries(mapping.contractFields).filter(
    ([, c]) => !columns.some((k) => k.name === c),
  );
  if (missing.length > 0)
    throw new CodedError("kav.missingColumns", {
      list: listName,
      columns: missing.map(([f, c]) => `«${c}» (${f})`).join(", "),
    });
  const col = (field: ContractField): string | undefined => mapping.contractFields[field];
  const contracts: KavContract[] = [];
  const issues: ContractIssue[] = [];
  let done = 0;
  await gateway.readAllItems(
    ref,
    [...new Set(Object.values(mapping.contractFields).filter((c): c is string => c !== undefined))].sort(),
    (page) => {
      for (const item of page.items) {
        const f = item.fields;
        const problems: ContractIssue[] = [];
        const raw = (field: ContractField): unknown => {
          const key = col(field);
          return key === undefined ? undefined : ownValue(f, key);
        };
        const text = (field: ContractField, required: boolean): string | undefined => {
          const v = raw(field);
          if (typeof v === "string" && v.trim() !== "") return v.trim();
          if (typeof v === "number" && Number.isFinite(v)) return String(v);
          if (required) problems.push({ itemId: item.id, field: col(field) ?? field, detail: "missing" });
          return undefined;
        };
        const date = (field: ContractField, required: boolean): string | undefined => {
          const v = text(field, required);
          if (v === undefined) return undefined;
          try {
            return calendarDateOfInstant(v, timeZone);
          } catch {
            problems.push({ itemId: item.id, field: col(field) ?? field, detail: `not a date: ${v}` });
            return undefined;
          }
        };
        const id = text("kavId", true);
        const start = date("startDate", true);
        const end = date("endDate", true);
        const finalEnd = date("finalEndDate", false);
        const value = raw("contractValue");
        if (value !== undefined && value !== null && typeof value !== "number") {
          problems.push({
            itemId: item.id,
            field: col("contractValue") ?? "contractValue",
            detail: `not a number: ${String(value)}`,
          });
        }
        if (problems.length > 0 || id === undefined || start === undefined || end === undefined) {
          issues.push(...problems);
          continue;
        }
        const subcategory = text("subcategory", false);
        const framework = raw("framework");
        contracts.push({
          id,
          name: text("title", false) ?? id,
          supplier: text("supplier", false) ?? "",
          category: text("category", false) ?? "",
          ...(subcategory ? { subcategory } : {}),
          start,
          end,
          options: finalEnd && finalEnd > end ? [{ until: finalEnd }] : [],
          value: typeof value === "number" ? value : 0,
          framework:
            framework === true ||
            YES.has(
              String(framework ?? "")
                .trim()
                .toLowerCase(),
            ),
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
