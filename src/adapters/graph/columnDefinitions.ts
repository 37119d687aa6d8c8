/**
 * Conversion between Graph's columnDefinition resource and the tool's ColumnSpec, used by the
 * gateway (reading and creating columns) and by the demo server (serving them).
 * Reference: https://learn.microsoft.com/graph/api/resources/columndefinition
 */
import type { ColumnKind, ColumnSpec } from "../../application/sharepoint/listSchemas";

/** A columnDefinition as Graph sends and accepts it (the facets the tool uses). */
export interface GraphColumnDefinition {
  readonly id?: string;
  readonly name: string;
  readonly displayName?: string;
  readonly description?: string;
  readonly required?: boolean;
  readonly readOnly?: boolean;
  readonly hidden?: boolean;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly columnGroup?: string;
  readonly text?: {
    allowMultipleLines?: boolean;
    maxLength?: number;
    textType?: string;
    linesForEditing?: number;
  };
  readonly number?: { decimalPlaces?: string; displayAs?: string; minimum?: number; maximum?: number };
  readonly currency?: { locale?: string };
  readonly dateTime?: { displayAs?: string; format?: "dateOnly" | "dateTime" };
  readonly choice?: { allowTextEntry?: boolean; choices?: string[]; displayAs?: string };
  readonly boolean?: Record<string, never>;
  readonly lookup?: { allowMultipleValues?: boolean; columnName?: string; listId?: string };
  readonly personOrGroup?: { allowMultipleSelection?: boolean; chooseFromType?: string; displayAs?: string };
  readonly calculated?: { format?: string; formula?: string; outputType?: string };
}

/** The Graph columnDefinition for a column the tool creates. */
export function toGraphColumn(column: ColumnSpec): GraphColumnDefinition {
  const base = {
    name: column.name,
    displayName: column.displayName,
    ...(column.required ? { required: true } : {}),
  };
  switch (column.kind) {
    case "text":
      return { ...base, text: { allowMultipleLines: false, maxLength: 255, textType: "plain" } };
    case "note":
      return { ...base, text: { allowMultipleLines: true, linesForEditing: 6, textType: "plain" } };
    case "number":
      return { ...base, number: { decimalPlaces: "automatic", displayAs: "number" } };
    case "currency":
      return { ...base, currency: { locale: "nb-NO" } };
    case "date":
      return { ...base, dateTime: { displayAs: "default", format: "dateOnly" } };
    case "dateTime":
      return { ...base, dateTime: { displayAs: "default", format: "dateTime" } };
    case "choice":
      return {
        ...base,
        choice: { allowTextEntry: false, choices: [...(column.choices ?? [])], displayAs: "dropDownMenu" },
      };
    case "multiChoice":
      return {
        ...base,
        choice: { allowTextEntry: false, choices: [...(column.choices ?? [])], displayAs: "checkBoxes" },
      };
    case "boolean":
      return { ...base, boolean: {} };
    case "lookup":
      return {
        ...base,
        lookup: {
          allowMultipleValues: false,
          columnName: column.lookupColumn ?? "Title",
          listId: column.lookupListId ?? "",
        },
      };
    case "person":
      return {
        ...base,
        personOrGroup: { allowMultipleSelection: false, chooseFromType: "peopleOnly", displayAs: "account" },
      };
  }
}

function kindOf(c: GraphColumnDefinition): ColumnKind | undefined {
  if (c.text) return c.text.allowMultipleLines ? "note" : "text";
  if (c.number) return "number";
  if (c.currency) return "currency";
  if (c.dateTime) return c.dateTime.format === "dateOnly" ? "date" : "dateTime";
  if (c.choice) return c.choice.displayAs === "checkBoxes" ? "multiChoice" : "choice";
  if (c.boolean) return "boolean";
  if (c.lookup) return "lookup";
  if (c.personOrGroup) return "person";
  return undefined;
}

/** The tool's view of a Graph column; columns of kinds the tool does not use come back read-only text. */
export function fromGraphColumn(c: GraphColumnDefinition): ColumnSpec {
  const kind = kindOf(c);
  return {
    name: c.name,
    displayName: c.displayName ?? c.name,
    kind: kind ?? "text",
    ...(c.required ? { required: true } : {}),
    ...(c.readOnly || kind === undefined ? { readOnly: true } : {}),
    ...(c.choice?.choices ? { choices: c.choice.choices } : {}),
    ...(c.lookup?.listId
      ? { lookupListId: c.lookup.listId, lookupColumn: c.lookup.columnName ?? "Title" }
      : {}),
  };
}
