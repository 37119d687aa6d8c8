/**
 * In-memory SharePoint model behind the Graph-compatible demo server: sites, lists, columns and
 * items with versions (eTags), a change sequence for delta queries, deletions and token expiry.
 */
import { createHash } from "node:crypto";
import type { ColumnSpec, ListDefinition } from "../../application/sharepoint/listSchemas";
import { calendarDateOfInstant, instantOfLocalMidnight } from "../../application/sharepoint/zonedDates";
import { dataRecord } from "../../domain/model/dataRecord";

/** One stored item. */
export interface StoredItem {
  readonly id: string;
  version: number;
  fields: Record<string, unknown>;
  readonly created: string;
  modified: string;
  /** Change sequence number of the last change. */
  seq: number;
}

/** One stored list. */
export interface StoredList {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly columns: ColumnSpec[];
  readonly items: Map<string, StoredItem>;
  /** Deleted item id → change sequence of the deletion. */
  readonly tombstones: Map<string, number>;
  nextItemId: number;
  /** Delta tokens carry the epoch they were issued in; expiring tokens bumps it. */
  deltaEpoch: number;
  readonly created: string;
  readonly hidden: boolean;
}

/** One stored site. */
export interface StoredSite {
  readonly id: string;
  readonly hostname: string;
  readonly path: string;
  readonly displayName: string;
  readonly lists: Map<string, StoredList>;
}

/** Result of a conditional update. */
export type UpdateResult =
  | { readonly kind: "ok"; readonly item: StoredItem }
  | { readonly kind: "precondition-failed"; readonly item: StoredItem }
  | { readonly kind: "not-found" }
  | { readonly kind: "invalid"; readonly message: string };

/** Columns every list has (SharePoint system columns, read-only except Title). */
const SYSTEM_COLUMNS: readonly ColumnSpec[] = [
  { name: "Title", displayName: "Title", kind: "text" },
  { name: "Created", displayName: "Created", kind: "dateTime", readOnly: true },
  { name: "Modified", displayName: "Modified", kind: "dateTime", readOnly: true },
];

function guidFrom(text: string): string {
  const h = createHash("sha1").update(text).digest("hex").toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The eTag of an item version, in SharePoint's form `"{GUID},version"`. */
export function eTagOf(list: StoredList, item: StoredItem): string {
  return `"{${guidFrom(`${list.id}/${item.id}`)}},${item.version}"`;
}

/** The eTag of a file version, `"{GUID},version"` as SharePoint gives a driveItem's. */
export function fileETagOf(file: { readonly id: string; readonly version: number }): string {
  return `"{${guidFrom(file.id)}},${file.version}"`;
}

/** A file in a site's default document library. */
export interface StoredFile {
  readonly id: string;
  /** Path inside the library, e.g. `Anskaffelsesplan/2027/plan.xml`. */
  readonly path: string;
  /** The content as UTF-8 text (what text uploads such as the Project XML hold). */
  readonly content: string;
  /** The content's bytes exactly as uploaded. */
  readonly bytes: Uint8Array;
  readonly contentType: string;
  /** 1 for the first upload, +1 for every replacement (the library keeps versions). */
  readonly version: number;
  readonly webUrl: string;
  readonly lastModified: string;
}

/** The in-memory tenant. Time comes from `now` so tests and the demo are reproducible. */
export class SharePointStore {
  private readonly sites = new Map<string, StoredSite>();
  private readonly files = new Map<string, StoredFile>();
  private seq = 0;

  constructor(
    readonly timeZone: string = "Europe/Oslo",
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Current change sequence number. */
  get changeSeq(): number {
    return this.seq;
  }

  /** Adds a site at `https://{hostname}/{path}` with its hidden User Information List. */
  addSite(hostname: string, path: string, displayName: string): StoredSite {
    const clean = path.replace(/^\/+|\/+$/g, "");
    const id = `${hostname},${guidFrom(`${hostname}/${clean}`).toLowerCase()},${guidFrom(`web:${clean}`).toLowerCase()}`;
    const site: StoredSite = { id, hostname, path: clean, displayName, lists: new Map() };
    this.sites.set(id, site);
    this.createList(
      site,
      {
        displayName: "User Information List",
        description: "",
        columns: [{ name: "EMail", displayName: "Work e-mail", kind: "text" }],
      },
      true,
    );
    return site;
  }

  /** The site by id or by hostname + server-relative path. */
  findSite(idOrHost: string, path?: string): StoredSite | undefined {
    if (path === undefined)
      return (
        this.sites.get(idOrHost) ??
        [...this.sites.values()].find((s) => s.id.split(",")[0] === idOrHost && s.path === "")
      );
    const clean = path.replace(/^\/+|\/+$/g, "").toLowerCase();
    return [...this.sites.values()].find(
      (s) => s.hostname === idOrHost.toLowerCase() && s.path.toLowerCase() === clean,
    );
  }

  /** Saves a file into the site's default library (`Shared Documents`), replacing one of the same path. */
  saveFile(site: StoredSite, path: string, content: string | Uint8Array, contentType: string): StoredFile {
    const clean = path.replace(/^\/+|\/+$/g, "");
    const key = `${site.id}|${clean.toLowerCase()}`;
    const previous = this.files.get(key);
    const sitePath = site.path === "" ? "" : `/${site.path}`;
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const file: StoredFile = {
      id: previous?.id ?? `01${guidFrom(key).replace(/-/g, "").slice(0, 32)}`,
      path: clean,
      content: bytes.toString("utf8"),
      bytes,
      contentType,
      version: (previous?.version ?? 0) + 1,
      webUrl: `https://${site.hostname}${sitePath}/Shared%20Documents/${clean.split("/").map(encodeURIComponent).join("/")}`,
      lastModified: this.now().toISOString(),
    };
    this.files.set(key, file);
    return file;
  }

  /** A file of the site's default library by path (case-insensitive). */
  findFile(site: StoredSite, path: string): StoredFile | undefined {
    return this.files.get(`${site.id}|${path.replace(/^\/+|\/+$/g, "").toLowerCase()}`);
  }

  /** Every file of the site's default library, in upload order. */
  filesOf(site: StoredSite): StoredFile[] {
    return [...this.files.entries()].filter(([key]) => key.startsWith(`${site.id}|`)).map(([, file]) => file);
  }

  /** A file of any site by its id, with its site. */
  fileById(id: string): StoredFile | undefined {
    return [...this.files.values()].find((f) => f.id === id);
  }

  /** The list by id or display name (case-insensitive, as Graph accepts either). */
  findList(site: StoredSite, idOrName: string): StoredList | undefined {
    const wanted = idOrName.toLowerCase();
    return [...site.lists.values()].find((l) => l.id === wanted || l.displayName.toLowerCase() === wanted);
  }

  /** Creates a list with Title and system columns plus the given ones. */
  createList(site: StoredSite, def: ListDefinition, hidden = false): StoredList {
    if (this.findList(site, def.displayName))
      throw new Error(`A list named "${def.displayName}" already exists.`);
    const stamp = this.now().toISOString();
    const columns = [...SYSTEM_COLUMNS];
    for (const c of def.columns) {
      const i = columns.findIndex((x) => x.name === c.name);
      if (i >= 0) columns[i] = { ...c };
      else columns.push({ ...c });
    }
    const list: StoredList = {
      id: guidFrom(`${site.id}/list/${def.displayName}`).toLowerCase(),
      displayName: def.displayName,
      description: def.description,
      columns,
      items: new Map(),
      tombstones: new Map(),
      nextItemId: 1,
      deltaEpoch: 1,
      created: stamp,
      hidden,
    };
    site.lists.set(list.id, list);
    return list;
  }

  /** Normalises written values as SharePoint stores them; an error names the column. */
  private normalise(
    list: StoredList,
    input: Readonly<Record<string, unknown>>,
  ): Record<string, unknown> | string {
    const out = dataRecord<unknown>();
    for (const [key, value] of Object.entries(input)) {
      if (key.startsWith("@odata")) continue;
      const name = key.endsWith("LookupId") ? key.slice(0, -"LookupId".length) : key;
      const column = list.columns.find((c) => c.name === name);
      if (!column) return `Field '${key}' is not recognized`;
      if (column.readOnly) return `Field '${key}' is read-only`;
      if ((column.kind === "lookup" || column.kind === "person") && key === name) {
        return `Field '${key}' is a lookup: write '${name}LookupId'`;
      }
      if (value === null) {
        out[key] = null;
        continue;
      }
      switch (column.kind) {
        case "number":
        case "currency":
          if (typeof value !== "number" || !Number.isFinite(value))
            return `Field '${key}': a number is required`;
          out[key] = value;
          break;
        case "boolean":
          if (typeof value !== "boolean") return `Field '${key}': true or false is required`;
          out[key] = value;
          break;
        case "date":
          try {
            out[key] = instantOfLocalMidnight(
              calendarDateOfInstant(String(value), this.timeZone),
              this.timeZone,
            );
          } catch {
            return `Field '${key}': not a date: ${String(value)}`;
          }
          break;
        case "choice":
          if (typeof value !== "string") return `Field '${key}': text is required`;
          if (column.choices && !column.choices.includes(value))
            return `Field '${key}': '${value}' is not a choice`;
          out[key] = value;
          break;
        case "multiChoice":
          if (!Array.isArray(value)) return `Field '${key}': a list of choices is required`;
          out[key] = value.map(String);
          break;
        case "lookup":
        case "person":
          out[key] = Array.isArray(value) ? value.map(String) : String(value);
          break;
        default:
          out[key] = typeof value === "string" ? value : String(value);
      }
    }
    return out;
  }

  private touch(item: StoredItem): void {
    this.seq += 1;
    item.seq = this.seq;
    item.version += 1;
    item.modified = this.now().toISOString();
    item.fields.Modified = item.modified.replace(/\.\d{3}Z$/, "Z");
  }

  /**
   * Adds an item; returns it or an error message. `created` (a UTC date-time) backdates the item's
   * Created column, as items made before the demo server started would show it; default now.
   */
  addItem(
    list: StoredList,
    fields: Readonly<Record<string, unknown>>,
    created?: string,
  ): StoredItem | string {
    const normal = this.normalise(list, fields);
    if (typeof normal === "string") return normal;
    const stamp = this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z");
    const id = String(list.nextItemId);
    list.nextItemId += 1;
    const item: StoredItem = {
      id,
      version: 0,
      fields: { ...normal, Created: created ?? stamp },
      created: created ?? stamp,
      modified: stamp,
      seq: 0,
    };
    this.touch(item);
    list.items.set(id, item);
    return item;
  }

  /** Updates fields of an item if `ifMatch` (when given, `*` matches any) is its current eTag. */
  updateItem(
    list: StoredList,
    id: string,
    fields: Readonly<Record<string, unknown>>,
    ifMatch?: string,
  ): UpdateResult {
    const item = list.items.get(id);
    if (!item) return { kind: "not-found" };
    if (ifMatch !== undefined && ifMatch !== "*" && ifMatch !== eTagOf(list, item)) {
      return { kind: "precondition-failed", item };
    }
    const normal = this.normalise(list, fields);
    if (typeof normal === "string") return { kind: "invalid", message: normal };
    Object.assign(item.fields, normal);
    this.touch(item);
    return { kind: "ok", item };
  }

  /** Deletes an item (kept as a tombstone for delta). */
  deleteItem(list: StoredList, id: string, ifMatch?: string): UpdateResult {
    const item = list.items.get(id);
    if (!item) return { kind: "not-found" };
    if (ifMatch !== undefined && ifMatch !== "*" && ifMatch !== eTagOf(list, item))
      return { kind: "precondition-failed", item };
    list.items.delete(id);
    this.seq += 1;
    list.tombstones.set(id, this.seq);
    return { kind: "ok", item };
  }

  /** Makes every delta token issued so far for the list invalid (the next use gets 410 Gone). */
  expireDeltaTokens(list: StoredList): void {
    list.deltaEpoch += 1;
  }

  /** Every site (for the demo server's index page). */
  allSites(): StoredSite[] {
    return [...this.sites.values()];
  }
}
