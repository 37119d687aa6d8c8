/**
 * The field mapping saved per workbook and user in web storage: in Office, localStorage under the
 * add-in's partition key (`Office.context.partitionKey`, so each document/user gets its own); in a
 * plain browser, the page's localStorage. Only the mapping is kept there, never tokens.
 */
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

/** A MappingStore over web storage, namespaced by the Office partition key when there is one. */
export class StorageMappingStore implements MappingStore {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly partitionKey: string | undefined,
  ) {}

  private keyFor(key: string): string {
    return `${this.partitionKey ? `${this.partitionKey}.` : ""}${PREFIX}${key}`;
  }

  async load(key: string): Promise<FieldMapping | undefined> {
    const text = this.storage.getItem(this.keyFor(key));
    if (text === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`The saved field mapping for ${key} is not valid JSON; map the list again.`);
    }
    if (!isMapping(parsed))
      throw new Error(`The saved field mapping for ${key} is incomplete; map the list again.`);
    return parsed;
  }

  async save(key: string, mapping: FieldMapping): Promise<void> {
    this.storage.setItem(this.keyFor(key), JSON.stringify(mapping));
  }
}
