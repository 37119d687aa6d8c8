/**
 * The field mapping saved per workbook and user in web storage: in Office, localStorage under the
 * add-in's partition key (`Office.context.partitionKey`, so each document/user gets its own); in a
 * plain browser, the page's localStorage. Only the mapping is kept there, never tokens.
 */
import { CodedError } from "../../application/codedError";
import type { FieldMapping } from "../../application/sharepoint/listSchemas";
import type { MappingStore } from "../../application/sharepoint/setupLists";

/** The part of the Web Storage API the store uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = "anskaffelsesplan.mapping.";

function isMapping(value: unknown): value is FieldMapping {
  const v = value as { needFields?: unknown; writeBack?: unknown } | null;
  return (
    v !== null && typeof v === "object" && typeof v.needFields === "object" && typeof v.writeBack === "object"
  );
}

/** Checks a saved intake mapping (has needFields and writeBack). */
function parseSavedFieldMapping(value: unknown): FieldMapping {
  if (!isMapping(value)) throw new Error("incomplete");
  return value;
}

/** The list's name in a mapping key (`<site>|<list>`), as the user knows it. */
function listOf(key: string): string {
  return key.slice(key.lastIndexOf("|") + 1);
}

/**
 * A MappingStore over web storage, namespaced by the Office partition key when there is one. By
 * default it keeps intake mappings; give `parse` and `prefix` for another kind (the KAV mapping).
 */
export class StorageMappingStore<T = FieldMapping> implements MappingStore<T> {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly partitionKey: string | undefined,
    private readonly parse: (value: unknown) => T = parseSavedFieldMapping as (value: unknown) => T,
    private readonly prefix = PREFIX,
  ) {}

  private keyFor(key: string): string {
    return `${this.partitionKey ? `${this.partitionKey}.` : ""}${this.prefix}${key}`;
  }

  async load(key: string): Promise<T | undefined> {
    const text = this.storage.getItem(this.keyFor(key));
    if (text === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CodedError("mapping.unreadable", { list: listOf(key) });
    }
    try {
      return this.parse(parsed);
    } catch {
      throw new CodedError("mapping.unreadable", { list: listOf(key) });
    }
  }

  async save(key: string, mapping: T): Promise<void> {
    this.storage.setItem(this.keyFor(key), JSON.stringify(mapping));
  }
}
