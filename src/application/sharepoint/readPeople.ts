/**
 * Use case: read the people list (procurement leads and lawyers) into the planning input's people.
 * Every item becomes a person or is reported, naming the item and the column: a missing id, a role
 * other than lead/lawyer, a lead without a known main category, an availability outside 0–100 %,
 * an absence that is not a date range. People read + items reported = items in the list.
 */
import type { MainCategory } from "../../domain/model/organisation";
import type { Absence, Person } from "../../domain/model/people";
import { parseNorwegianDate } from "../../domain/intake/parseNorwegianDate";
import { locateList } from "./findList";
import { throwIfAborted, type ListGateway } from "./listGateway";
import { ownValue } from "../../domain/model/dataRecord";

/** A people-list item that could not become a person. */
export interface PersonIssue {
  readonly itemId: string;
  readonly field: string;
  readonly detail: string;
}

/** People read, and the items that could not be used. */
export interface PeopleRead {
  readonly people: readonly Person[];
  readonly issues: readonly PersonIssue[];
}

const COLUMNS = ["Title", "PersonId", "Role", "Category", "Availability", "Absences"];

/** A date as people type it (ISO or Norwegian), or undefined. */
function dateOf(text: string): string | undefined {
  const t = text.trim();
  const result = parseNorwegianDate(t);
  return result.ok ? result.value : undefined;
}

const DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}/g;

/**
 * Absence periods from text: one per line or separated by ";", each `FROM–TO` (any dash or `..`
 * between two ISO or Norwegian dates) or a single day. Returns the periods or the first part that
 * is not one.
 */
export function parseAbsences(text: string): { absences: Absence[] } | { invalid: string } {
  const absences: Absence[] = [];
  for (const part of text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const dates = (part.match(DATE) ?? []).map(dateOf);
    const rest = part.replace(DATE, "").replace(/[\s–—-]|\.\./g, "");
    const [from, to = from] = dates;
    if (
      rest !== "" ||
      dates.length === 0 ||
      dates.length > 2 ||
      from === undefined ||
      to === undefined ||
      to < from
    )
      return { invalid: part };
    absences.push({ from, to });
  }
  return { absences };
}

/** Reads every item of the people list on the site. */
export async function readPeople(
  gateway: ListGateway,
  siteUrl: string,
  listName: string,
  categories: readonly Pick<MainCategory, "id">[],
  signal?: AbortSignal,
): Promise<PeopleRead> {
  const { ref } = await locateList(gateway, siteUrl, listName, signal);
  const categoryIds = new Set(categories.map((c) => c.id));
  const people: Person[] = [];
  const issues: PersonIssue[] = [];
  const seen = new Map<string, string>();
  await gateway.readAllItems(
    ref,
    COLUMNS,
    (page) => {
      for (const item of page.items) {
        const f = item.fields;
        const problems: PersonIssue[] = [];
        const problem = (field: string, detail: string) => problems.push({ itemId: item.id, field, detail });
        const text = (key: string): string => {
          const value = ownValue(f, key);
          return typeof value === "string" ? value.trim() : "";
        };
        const id = text("PersonId");
        if (id === "") problem("PersonId", "missing");
        else if (seen.has(id)) problem("PersonId", `"${id}" is used by item ${seen.get(id) ?? ""} too`);
        const role = text("Role");
        if (role !== "lead" && role !== "lawyer") problem("Role", `must be lead or lawyer, got "${role}"`);
        const category = text("Category");
        if (role === "lead" && !categoryIds.has(category))
          problem(
            "Category",
            `a lead needs a main category (${[...categoryIds].join(", ")}), got "${category}"`,
          );
        const rawAvailability = f.Availability;
        const availability =
          rawAvailability === undefined || rawAvailability === null ? 100 : Number(rawAvailability);
        if (!Number.isFinite(availability) || availability < 0 || availability > 100)
          problem("Availability", `must be 0–100 %, got ${String(rawAvailability)}`);
        const absences = parseAbsences(text("Absences"));
        if ("invalid" in absences) problem("Absences", `not a date range: "${absences.invalid}"`);
        if (problems.length > 0 || "invalid" in absences) {
          issues.push(...problems);
          continue;
        }
        seen.set(id, item.id);
        people.push({
          id,
          name: text("Title") || id,
          role: role as Person["role"],
          ...(role === "lead" ? { category } : {}),
          availability: availability / 100,
          absences: absences.absences,
        });
      }
      throwIfAborted(signal);
    },
    signal,
  );
  return { people, issues };
}
