/**
 * The Graph v1.0 routes the demo server answers, over the in-memory SharePoint store. Shapes follow
 * Microsoft's documented examples (site get-by-path, list, columnDefinition, listItem list/get/
 * create/update/delete, listItem delta, JSON batching, error responses).
 */
import { toGraphColumn, fromGraphColumn, type GraphColumnDefinition } from "../graph/columnDefinitions";
import {
  eTagOf,
  type SharePointStore,
  type StoredItem,
  type StoredList,
  type StoredSite,
} from "./sharePointStore";
import { dataRecord, ownValue } from "../../domain/model/dataRecord";

/** A request as the routes see it (top-level or from inside a $batch). */
export interface RouteRequest {
  readonly method: string;
  /** Path below the version, e.g. `/sites/{id}/lists`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** A response before serialisation. */
export interface RouteResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

/** Server-wide settings the routes need. */
export interface RouteContext {
  readonly store: SharePointStore;
  /** Absolute base incl. version, e.g. `https://127.0.0.1:4443/v1.0`; links are built from it. */
  readonly baseUrl: string;
  /** Page size when the client gives no $top. */
  readonly defaultPageSize: number;
  /** Largest $top accepted. */
  readonly maxPageSize: number;
  /** True when this delta page should carry an error object inside `value` (fault injection). */
  readonly corruptDeltaPage?: () => boolean;
}

const JSON_HEADERS = {
  "Content-Type":
    "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8",
};

/** A Graph error response (https://learn.microsoft.com/graph/errors). */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): RouteResponse {
  return {
    status,
    headers: { ...JSON_HEADERS, ...headers },
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d{3}Z$/, ""),
          "request-id": "00000000-0000-0000-0000-000000000000",
        },
      },
    },
  };
}

function ok(body: unknown, status = 200, headers: Record<string, string> = {}): RouteResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body };
}

function siteJson(site: StoredSite): unknown {
  return {
    id: site.id,
    name: site.path.split("/").pop() ?? "",
    displayName: site.displayName,
    webUrl: `https://${site.hostname}/${site.path}`,
    siteCollection: { hostname: site.hostname },
  };
}

function listJson(ctx: RouteContext, site: StoredSite, list: StoredList): unknown {
  return {
    "@odata.etag": `"${list.id},1"`,
    createdDateTime: list.created,
    description: list.description,
    id: list.id,
    lastModifiedDateTime: list.created,
    name: list.displayName.replace(/\s+/g, ""),
    webUrl: `https://${site.hostname}/${site.path}/Lists/${encodeURIComponent(list.displayName)}`,
    displayName: list.displayName,
    list: { contentTypesEnabled: false, hidden: list.hidden, template: "genericList" },
    parentReference: { siteId: site.id },
  };
}

function columnJson(list: StoredList, index: number): GraphColumnDefinition {
  const column = list.columns[index];
  if (!column) throw new Error("no column");
  return {
    ...toGraphColumn(column),
    id: `${list.id.slice(0, 24)}${String(index).padStart(12, "0")}`,
    columnGroup: column.readOnly ? "_Hidden" : "Custom Columns",
    description: "",
    enforceUniqueValues: false,
    hidden: false,
    indexed: false,
    readOnly: column.readOnly ?? false,
    required: column.required ?? false,
  };
}

/** Parses `expand=fields(select=A,B)` (with or without `$`); undefined when fields are not expanded. */
export function parseFieldsSelect(
  query: URLSearchParams,
): { readonly all: boolean; readonly keys: readonly string[] } | undefined {
  const expand = query.get("expand") ?? query.get("$expand");
  if (!expand) return undefined;
  const m = /^fields(?:\(\$?select=([^)]*)\))?$/.exec(expand.trim());
  if (!m) return undefined;
  if (m[1] === undefined) return { all: true, keys: [] };
  return {
    all: false,
    keys: m[1]
      .split(",")
      .map((k) => k.trim())
      .filter((k) => k !== ""),
  };
}

function itemJson(
  site: StoredSite,
  list: StoredList,
  item: StoredItem,
  select: ReturnType<typeof parseFieldsSelect>,
): unknown {
  const eTag = eTagOf(list, item);
  const json: Record<string, unknown> = {
    "@odata.etag": eTag,
    createdDateTime: item.created,
    eTag,
    id: item.id,
    lastModifiedDateTime: item.modified.replace(/\.\d{3}Z$/, "Z"),
    webUrl: `https://${site.hostname}/${site.path}/Lists/${encodeURIComponent(list.displayName)}/${item.id}_.000`,
    createdBy: { user: { displayName: "Demo bruker" } },
    lastModifiedBy: { user: { displayName: "Demo bruker" } },
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: "0x0100DEMO", name: "Item" },
  };
  if (select) {
    const fields = dataRecord<unknown>([["@odata.etag", eTag]]);
    if (select.all) Object.assign(fields, item.fields, { id: item.id });
    else
      for (const key of select.keys)
        if (key === "id") fields["id"] = item.id;
        else if (ownValue(item.fields, key) !== undefined && ownValue(item.fields, key) !== null)
          fields[key] = ownValue(item.fields, key);
    json.fields = fields;
  }
  return json;
}

function fieldValueSetJson(list: StoredList, item: StoredItem): unknown {
  return { "@odata.etag": eTagOf(list, item), ...item.fields, id: item.id };
}

/** Opaque tokens: base64url JSON. */
function encodeToken(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function decodeToken<T>(token: string): T | undefined {
  try {
    return JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as T;
  } catch {
    return undefined;
  }
}

/** Query string keeping the client's select/expand/top, with new paging parameters. */
function linkQuery(query: URLSearchParams, extra: Record<string, string>): string {
  const q = new URLSearchParams();
  for (const key of ["expand", "$expand", "select", "$select", "top", "$top"]) {
    const v = query.get(key);
    if (v !== null) q.set(key, v);
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q
    .toString()
    .replace(/%24/g, "$")
    .replace(/%28/g, "(")
    .replace(/%29/g, ")")
    .replace(/%2C/g, ",")
    .replace(/%3D/g, "=");
}

function pageSize(ctx: RouteContext, query: URLSearchParams): number | RouteResponse {
  const raw = query.get("$top") ?? query.get("top");
  if (raw === null) return ctx.defaultPageSize;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) return errorResponse(400, "invalidRequest", `Invalid $top: ${raw}`);
  if (n > ctx.maxPageSize)
    return errorResponse(
      400,
      "invalidRequest",
      `The $top value ${n} exceeds the maximum of ${ctx.maxPageSize}.`,
    );
  return n;
}

/** The SharePoint-style skip token `Paged=TRUE&p_ID=<last id>`, base64-encoded. */
function skipTokenAfter(id: string): string {
  return Buffer.from(`Paged=TRUE&p_ID=${id}`).toString("base64");
}

function afterIdOf(skipToken: string | null): number {
  if (!skipToken) return 0;
  const m = /p_ID=(\d+)/.exec(Buffer.from(skipToken, "base64").toString("utf8"));
  return m ? Number(m[1]) : 0;
}

function listItems(ctx: RouteContext, site: StoredSite, list: StoredList, req: RouteRequest): RouteResponse {
  const top = pageSize(ctx, req.query);
  if (typeof top !== "number") return top;
  const after = afterIdOf(req.query.get("$skiptoken") ?? req.query.get("skiptoken"));
  const select = parseFieldsSelect(req.query);
  const page: unknown[] = [];
  let last: StoredItem | undefined;
  let more = false;
  for (const item of list.items.values()) {
    if (Number(item.id) <= after) continue;
    if (page.length === top) {
      more = true;
      break;
    }
    page.push(itemJson(site, list, item, select));
    last = item;
  }
  const itemsUrl = `${ctx.baseUrl}/sites/${site.id}/lists/${list.id}/items`;
  const body: Record<string, unknown> = {
    "@odata.context": `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items`,
    value: page,
  };
  if (more && last)
    body["@odata.nextLink"] = `${itemsUrl}?${linkQuery(req.query, { $skiptoken: skipTokenAfter(last.id) })}`;
  return ok(body);
}

interface DeltaToken {
  /** Epoch the token was issued in. */
  readonly e: number;
  /** Changes after this sequence number. */
  readonly f: number;
  /** Sequence number when this enumeration started (the next deltaLink's `f`). */
  readonly s?: number;
  /** Item id after which this page continues. */
  readonly a?: number;
  /** True for the initial full enumeration (no tombstones). */
  readonly full?: boolean;
}

function delta(ctx: RouteContext, site: StoredSite, list: StoredList, req: RouteRequest): RouteResponse {
  const deltaUrl = `${ctx.baseUrl}/sites/${site.id}/lists/${list.id}/items/delta`;
  const select = parseFieldsSelect(req.query);
  const top = pageSize(ctx, req.query);
  if (typeof top !== "number") return top;
  const context = `${ctx.baseUrl}/$metadata#Collection(listItem)`;
  const raw = req.query.get("token");
  if (raw === "latest") {
    return ok({
      "@odata.context": context,
      value: [],
      "@odata.deltaLink": `${deltaUrl}?${linkQuery(req.query, { token: encodeToken({ e: list.deltaEpoch, f: ctx.store.changeSeq }) })}`,
    });
  }
  let token: DeltaToken;
  if (raw === null) token = { e: list.deltaEpoch, f: 0, s: ctx.store.changeSeq, a: 0, full: true };
  else {
    const decoded = decodeToken<DeltaToken>(raw);
    if (!decoded || typeof decoded.e !== "number" || typeof decoded.f !== "number") {
      return errorResponse(400, "invalidRequest", "Invalid delta token.");
    }
    token = decoded;
  }
  if (token.e !== list.deltaEpoch) {
    return errorResponse(
      410,
      "resyncRequired",
      "Resync required. Replace any local items with the server's version (including deletes) if you're sure that the service was up to date with your local changes when you last sync'd. Upload any local changes that the server doesn't know about.",
      { Location: `${deltaUrl}?${linkQuery(req.query, {})}`.replace(/\?$/, "") },
    );
  }
  const snap = token.s ?? ctx.store.changeSeq;
  const after = token.a ?? 0;
  // Changed items and deletions after `f`, in item id order, continuing after `a`.
  const entries: { id: number; json: unknown }[] = [];
  for (const item of list.items.values()) {
    if (Number(item.id) > after && item.seq > token.f)
      entries.push({ id: Number(item.id), json: itemJson(site, list, item, select) });
  }
  if (!token.full) {
    for (const [id, seq] of list.tombstones) {
      if (Number(id) > after && seq > token.f) {
        entries.push({
          id: Number(id),
          json: { id, parentReference: { siteId: site.id }, deleted: { state: "deleted" } },
        });
      }
    }
    entries.sort((x, y) => x.id - y.id);
  }
  const page = entries.slice(0, top);
  const value = page.map((e) => e.json);
  if (!token.full && value.length > 0 && ctx.corruptDeltaPage?.()) {
    value.splice(Math.floor(value.length / 2), 0, {
      error: { code: "generalException", message: "General exception while processing" },
    });
  }
  const body: Record<string, unknown> = { "@odata.context": context, value };
  const lastEntry = page[page.length - 1];
  if (entries.length > top && lastEntry) {
    body["@odata.nextLink"] =
      `${deltaUrl}?${linkQuery(req.query, { token: encodeToken({ ...token, s: snap, a: lastEntry.id }) })}`;
  } else {
    body["@odata.deltaLink"] =
      `${deltaUrl}?${linkQuery(req.query, { token: encodeToken({ e: list.deltaEpoch, f: snap }) })}`;
  }
  return ok(body);
}

function fieldsOfBody(body: unknown): Record<string, unknown> | undefined {
  return body !== null && typeof body === "object" && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}

function createList(ctx: RouteContext, site: StoredSite, req: RouteRequest): RouteResponse {
  const body = fieldsOfBody(req.body);
  const displayName = body?.displayName;
  if (typeof displayName !== "string" || displayName.trim() === "") {
    return errorResponse(400, "invalidRequest", "displayName is required.");
  }
  const columns = Array.isArray(body?.columns) ? (body.columns as GraphColumnDefinition[]) : [];
  try {
    const list = ctx.store.createList(site, {
      displayName,
      description: typeof body?.description === "string" ? body.description : "",
      columns: columns.map(fromGraphColumn),
    });
    return ok(listJson(ctx, site, list), 201);
  } catch (error) {
    return errorResponse(409, "nameAlreadyExists", (error as Error).message);
  }
}

/** Routes one request. */
export function route(ctx: RouteContext, req: RouteRequest): RouteResponse {
  const { store } = ctx;
  const segments = req.path
    .split("/")
    .filter((s) => s !== "")
    .map(decodeURIComponent);
  if (segments[0] !== "sites" || segments.length < 2)
    return errorResponse(400, "invalidRequest", `Unsupported resource: ${req.path}`);
  const siteKey = segments[1] as string;
  let site: StoredSite | undefined;
  let rest = segments.slice(2);
  const byPath = /^([^:]+):$/.exec(siteKey);
  if (byPath) {
    // /sites/{hostname}:/{server-relative-path}[:]
    const path = req.path.slice(req.path.indexOf(":") + 1).replace(/:$/, "");
    site = store.findSite(byPath[1] as string, decodeURIComponent(path));
    rest = [];
  } else if (siteKey.includes(":")) {
    const [host, ...path] = siteKey.split(":");
    site = store.findSite(host as string, path.join(":"));
  } else site = store.findSite(siteKey);
  if (!site) return errorResponse(404, "itemNotFound", "Requested site could not be found");
  const method = req.method.toUpperCase();
  if (rest.length === 0)
    return method === "GET" ? ok(siteJson(site)) : errorResponse(405, "invalidRequest", "Method not allowed");
  if (rest[0] !== "lists") return errorResponse(400, "invalidRequest", `Unsupported resource: ${req.path}`);
  if (rest.length === 1) {
    if (method === "POST") return createList(ctx, site, req);
    const lists = [...site.lists.values()].filter((l) => !l.hidden);
    return ok({
      "@odata.context": `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists`,
      value: lists.map((l) => listJson(ctx, site as StoredSite, l)),
    });
  }
  const list = store.findList(site, rest[1] as string);
  if (!list) return errorResponse(404, "itemNotFound", "The specified list was not found");
  if (rest.length === 2) return ok(listJson(ctx, site, list));
  if (rest[2] === "columns" && rest.length === 3) {
    return ok({
      "@odata.context": `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`,
      value: list.columns.map((_, i) => columnJson(list, i)),
    });
  }
  if (rest[2] !== "items") return errorResponse(400, "invalidRequest", `Unsupported resource: ${req.path}`);
  if (rest.length === 3) {
    if (method === "GET") return listItems(ctx, site, list, req);
    if (method === "POST") {
      const fields = fieldsOfBody(fieldsOfBody(req.body)?.fields);
      if (!fields) return errorResponse(400, "invalidRequest", "The request body must hold `fields`.");
      const added = store.addItem(list, fields);
      if (typeof added === "string") return errorResponse(400, "invalidRequest", added);
      return ok(itemJson(site, list, added, { all: true, keys: [] }), 201);
    }
    return errorResponse(405, "invalidRequest", "Method not allowed");
  }
  if (rest[3] === "delta" && rest.length === 4 && method === "GET") return delta(ctx, site, list, req);
  const itemId = rest[3] as string;
  const ifMatch = req.headers["if-match"];
  if (rest.length === 4) {
    if (method === "GET") {
      const item = list.items.get(itemId);
      if (!item) return errorResponse(404, "itemNotFound", "The specified item was not found");
      return ok(itemJson(site, list, item, parseFieldsSelect(req.query)));
    }
    if (method === "DELETE") {
      const result = store.deleteItem(list, itemId, ifMatch);
      if (result.kind === "not-found")
        return errorResponse(404, "itemNotFound", "The specified item was not found");
      if (result.kind === "precondition-failed")
        return errorResponse(
          412,
          "resourceModified",
          "The resource has changed since the caller last read it; usually an eTag mismatch",
        );
      return { status: 204, headers: {} };
    }
  }
  if (rest.length === 5 && rest[4] === "fields" && (method === "PATCH" || method === "GET")) {
    if (method === "GET") {
      const item = list.items.get(itemId);
      if (!item) return errorResponse(404, "itemNotFound", "The specified item was not found");
      return ok(fieldValueSetJson(list, item));
    }
    const fields = fieldsOfBody(req.body);
    if (!fields) return errorResponse(400, "invalidRequest", "The request body must be a fieldValueSet.");
    const result = store.updateItem(list, itemId, fields, ifMatch);
    if (result.kind === "not-found")
      return errorResponse(404, "itemNotFound", "The specified item was not found");
    if (result.kind === "precondition-failed")
      return errorResponse(
        412,
        "resourceModified",
        "The resource has changed since the caller last read it; usually an eTag mismatch",
      );
    if (result.kind === "invalid") return errorResponse(400, "invalidRequest", result.message);
    return ok(fieldValueSetJson(list, result.item));
  }
  return errorResponse(405, "invalidRequest", `Unsupported: ${method} ${req.path}`);
}
