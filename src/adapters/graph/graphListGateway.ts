/**
 * The ListGateway over Microsoft Graph: sites by path, lists, columns, list creation, full reads
 * with `expand=fields(select=…)` following absolute `@odata.nextLink`s, delta reads, single-item
 * reads, and conditional updates sent through `$batch` (≤ 20 per call) with If-Match eTags.
 * Reference: https://learn.microsoft.com/graph/api/resources/listitem
 */
import { CodedError } from "../../application/codedError";
import { GraphError, type Client } from "@microsoft/microsoft-graph-client";
import {
  DeltaTokenExpiredError,
  throwIfAborted,
  type ItemPage,
  type ItemUpdate,
  type ListGateway,
  type ListInfo,
  type ListItemSnapshot,
  type ListRef,
  type SiteInfo,
  type UpdateOutcome,
  type CreateOutcome,
  GraphAnswerError,
} from "../../application/sharepoint/listGateway";
import type { ColumnSpec, ListDefinition } from "../../application/sharepoint/listSchemas";
import { fromGraphColumn, toGraphColumn, type GraphColumnDefinition } from "./columnDefinitions";
import { saveToDocumentLibrary, type SavedDocument } from "./documentLibraryUpload";
import { dataRecord } from "../../domain/model/dataRecord";
import { xmlSafeText } from "../../domain/text/xmlSafeText";

/** Graph's limit of requests per $batch. */
export const BATCH_LIMIT = 20;

/** Page sizes tried for full reads, largest first (the service's maximum is undocumented). */
export const PAGE_SIZES = [5000, 1000, 200] as const;

interface GraphItem {
  readonly id?: string;
  readonly eTag?: string;
  readonly "@odata.etag"?: string;
  readonly fields?: Record<string, unknown>;
  readonly deleted?: { readonly state?: string };
}

interface Collection<T> {
  readonly value: T[];
  readonly "@odata.nextLink"?: string;
  readonly "@odata.deltaLink"?: string;
}

/** One answer inside a $batch response (https://learn.microsoft.com/graph/json-batching). */
interface BatchAnswer {
  readonly id: string;
  readonly status: number;
  readonly body?: {
    readonly id?: string;
    readonly "@odata.etag"?: string;
    readonly error?: { readonly message?: string };
  };
}

function seg(value: string): string {
  return encodeURIComponent(value);
}

function itemsPath(list: ListRef): string {
  return `/sites/${seg(list.siteId)}/lists/${seg(list.listId)}/items`;
}

function expandOf(select: readonly string[]): string {
  return `expand=fields(select=${select.join(",")})`;
}

/** Field values as written to SharePoint: text under the one XML-safe rule, other values as they are. */
function xmlSafeFields(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return dataRecord(
    Object.entries(fields).map(([k, v]) => [k, typeof v === "string" ? xmlSafeText(v) : v] as const),
  );
}

/** The path of a request without host and query, as messages name it. */
function requestPath(path: string): string {
  const withoutHost = path.replace(/^https?:\/\/[^/]+/, "").replace(/^\/v1\.0(?=\/)/, "");
  return withoutHost.split("?")[0] ?? withoutHost;
}

/**
 * The answer of a request, with the failures the user can act on turned into GraphAnswerError: an
 * answer that is not JSON (the client's parser fails) and 401 (sign-in or token).
 */
async function guardAnswer<T>(request: string, answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof GraphError && error.statusCode === 401)
      throw new GraphAnswerError("unauthorized", request, error.message);
    // The client wraps a parser failure in a GraphError whose body is the SyntaxError (of another
    // realm in some runtimes: compare names, not classes).
    const isSyntaxError = (e: unknown) => (e as { name?: unknown } | null)?.name === "SyntaxError";
    const unreadable = isSyntaxError(error) || (error instanceof GraphError && isSyntaxError(error.body));
    if (unreadable)
      throw new GraphAnswerError("unreadable", request, String((error as { body?: unknown }).body ?? error));
    throw error;
  }
}

/** A collection page, or GraphAnswerError when the answer has no `value` list. */
function collection<T>(page: Collection<T>, link: string): Collection<T> {
  if (page === null || typeof page !== "object" || !Array.isArray(page.value))
    throw new GraphAnswerError("unreadable", `GET ${requestPath(link)}`, "no value list in the answer");
  return page;
}

function cleanFields(fields: Record<string, unknown> | undefined): Record<string, unknown> {
  const out = dataRecord<unknown>();
  for (const [k, v] of Object.entries(fields ?? {})) if (!k.startsWith("@odata")) out[k] = v;
  return out;
}

/** An item of an answer; an item without id or eTag makes the answer unreadable (never quoted: it may be graded). */
function toSnapshot(item: GraphItem, request: string): ListItemSnapshot {
  const eTag = item?.eTag ?? item?.["@odata.etag"] ?? item?.fields?.["@odata.etag"];
  if (item?.id === undefined || typeof eTag !== "string")
    throw new GraphAnswerError("unreadable", request, "a list item without id or eTag");
  return { id: item.id, eTag, fields: cleanFields(item.fields) };
}

function toPage(items: readonly GraphItem[], request: string): ItemPage {
  const page = { items: [] as ListItemSnapshot[], deletedIds: [] as string[] };
  for (const item of items) {
    if (item?.deleted && item.id !== undefined) page.deletedIds.push(item.id);
    else page.items.push(toSnapshot(item, request));
  }
  return page;
}

/** The gateway over a Graph client (real Graph or the demo server). */
export class GraphListGateway implements ListGateway {
  constructor(private readonly client: Client) {}

  private get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const request = this.client.api(path);
    if (signal) request.option("signal", signal);
    return guardAnswer(`GET ${requestPath(path)}`, request.get() as Promise<T>);
  }

  /** Reads a collection and every page after it. */
  private async getAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
    const out: T[] = [];
    let link: string | undefined = path;
    while (link) {
      throwIfAborted(signal);
      const page: Collection<T> = collection(await this.get<Collection<T>>(link, signal), link);
      out.push(...page.value);
      link = page["@odata.nextLink"];
    }
    return out;
  }

  async resolveSite(siteUrl: string, signal?: AbortSignal): Promise<SiteInfo> {
    let url: URL;
    try {
      url = new URL(siteUrl);
    } catch {
      throw new CodedError("siteUrl.invalid", { value: siteUrl });
    }
    const path = url.pathname.replace(/\/+$/, "");
    const sitePath = path === "" ? `/sites/${url.hostname}` : `/sites/${url.hostname}:${path}`;
    const site = await this.get<{ id?: unknown; webUrl?: unknown; displayName?: string }>(sitePath, signal);
    if (typeof site?.id !== "string" || typeof site.webUrl !== "string")
      throw new GraphAnswerError("unreadable", `GET ${sitePath}`, "no site id or webUrl in the answer");
    return { id: site.id, webUrl: site.webUrl, displayName: site.displayName ?? site.webUrl };
  }

  async listLists(siteId: string, signal?: AbortSignal): Promise<readonly ListInfo[]> {
    const lists = await this.getAll<{ id: string; displayName: string }>(
      `/sites/${seg(siteId)}/lists?$select=id,displayName`,
      signal,
    );
    return lists.map((l) => ({ id: l.id, displayName: l.displayName }));
  }

  async getColumns(list: ListRef, signal?: AbortSignal): Promise<readonly ColumnSpec[]> {
    const columns = await this.getAll<GraphColumnDefinition>(
      `/sites/${seg(list.siteId)}/lists/${seg(list.listId)}/columns`,
      signal,
    );
    return columns.map(fromGraphColumn);
  }

  async createList(siteId: string, definition: ListDefinition, signal?: AbortSignal): Promise<ListInfo> {
    const request = this.client.api(`/sites/${seg(siteId)}/lists`);
    if (signal) request.option("signal", signal);
    const created = (await request.post({
      displayName: definition.displayName,
      description: definition.description,
      // Title exists on every list; Graph refuses to create it again.
      columns: definition.columns.filter((c) => c.name !== "Title").map(toGraphColumn),
      list: { template: "genericList" },
    })) as { id: string; displayName: string };
    return { id: created.id, displayName: created.displayName };
  }

  async latestDeltaLink(list: ListRef, signal?: AbortSignal): Promise<string> {
    const page = await this.get<Collection<GraphItem>>(`${itemsPath(list)}/delta?token=latest`, signal);
    const link = page["@odata.deltaLink"];
    if (!link) throw new CodedError("graph.incomplete", { request: "delta?token=latest" });
    return link;
  }

  async readAllItems(
    list: ListRef,
    select: readonly string[],
    onPage: (page: ItemPage) => void,
    signal?: AbortSignal,
  ): Promise<void> {
    let link: string | undefined;
    let first: Collection<GraphItem> | undefined;
    for (const size of PAGE_SIZES) {
      try {
        first = await this.get<Collection<GraphItem>>(
          `${itemsPath(list)}?${expandOf(select)}&$top=${size}`,
          signal,
        );
        break;
      } catch (error) {
        // A service that refuses the page size answers 400; try the next smaller one.
        if (
          !(error instanceof GraphError && error.statusCode === 400) ||
          size === PAGE_SIZES[PAGE_SIZES.length - 1]
        )
          throw error;
      }
    }
    let asked = `GET ${requestPath(itemsPath(list))}`;
    let page = collection(first as Collection<GraphItem>, itemsPath(list));
    for (;;) {
      onPage(toPage(page.value, asked));
      link = page["@odata.nextLink"];
      if (!link) return;
      throwIfAborted(signal);
      asked = `GET ${requestPath(link)}`;
      page = collection(await this.get<Collection<GraphItem>>(link, signal), link);
    }
  }

  async readDelta(
    deltaLink: string,
    select: readonly string[],
    onPage: (page: ItemPage) => void,
    signal?: AbortSignal,
  ): Promise<string> {
    let link = /[?&]\$?expand=/.test(deltaLink)
      ? deltaLink
      : `${deltaLink}${deltaLink.includes("?") ? "&" : "?"}${expandOf(select)}`;
    for (;;) {
      throwIfAborted(signal);
      let page: Collection<GraphItem>;
      try {
        page = collection(await this.get<Collection<GraphItem>>(link, signal), link);
      } catch (error) {
        if (error instanceof GraphError && error.statusCode === 410) {
          const inner = (error.body as { error?: { innerError?: { code?: string } } } | undefined)?.error
            ?.innerError?.code;
          throw new DeltaTokenExpiredError(inner ?? error.code ?? "resyncRequired");
        }
        throw error;
      }
      if (page.value.some((entry) => (entry as { error?: unknown }).error !== undefined)) {
        throw new DeltaTokenExpiredError("error-in-delta-page");
      }
      onPage(toPage(page.value, `GET ${requestPath(link)}`));
      const next = page["@odata.nextLink"];
      const delta = page["@odata.deltaLink"];
      if (next) link = next;
      else if (delta) return delta;
      else throw new CodedError("graph.incomplete", { request: "delta" });
    }
  }

  async readItem(
    list: ListRef,
    itemId: string,
    select: readonly string[],
    signal?: AbortSignal,
  ): Promise<ListItemSnapshot | undefined> {
    try {
      const item = await this.get<GraphItem>(`${itemsPath(list)}/${seg(itemId)}?${expandOf(select)}`, signal);
      return toSnapshot(item, `GET ${requestPath(itemsPath(list))}/${itemId}`);
    } catch (error) {
      if (error instanceof GraphError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  /** Sends sub-requests in $batch calls of at most BATCH_LIMIT; the answers in request order. */
  private async batch(
    requests: readonly { method: string; url: string; headers: Record<string, string>; body: unknown }[],
    signal?: AbortSignal,
  ): Promise<(BatchAnswer | undefined)[]> {
    const answers: (BatchAnswer | undefined)[] = [];
    for (let start = 0; start < requests.length; start += BATCH_LIMIT) {
      throwIfAborted(signal);
      const chunk = requests.slice(start, start + BATCH_LIMIT).map((r, i) => ({ id: String(i + 1), ...r }));
      const request = this.client.api("/$batch");
      if (signal) request.option("signal", signal);
      const answer = (await guardAnswer("POST /$batch", request.post({ requests: chunk }))) as {
        responses?: unknown;
      };
      if (!Array.isArray(answer?.responses))
        throw new GraphAnswerError("unreadable", "POST /$batch", "no responses array");
      const byId = new Map((answer.responses as BatchAnswer[]).map((r) => [r.id, r]));
      answers.push(...chunk.map((r) => byId.get(r.id)));
    }
    return answers;
  }

  async createItems(
    list: ListRef,
    items: readonly Readonly<Record<string, unknown>>[],
    signal?: AbortSignal,
  ): Promise<readonly CreateOutcome[]> {
    const answers = await this.batch(
      items.map((fields) => ({
        method: "POST",
        url: itemsPath(list),
        headers: { "Content-Type": "application/json" },
        body: { fields: xmlSafeFields(fields) },
      })),
      signal,
    );
    return answers.map((r, index): CreateOutcome => {
      if (!r) return { index, kind: "failed", status: 0, message: "no answer in the batch response" };
      const id = r.body?.id;
      if (r.status >= 200 && r.status < 300 && typeof id === "string")
        return { index, kind: "created", itemId: id, eTag: r.body?.["@odata.etag"] ?? "" };
      return {
        index,
        kind: "failed",
        status: r.status,
        message: r.body?.error?.message ?? `status ${r.status}`,
      };
    });
  }

  async updateItems(
    list: ListRef,
    updates: readonly ItemUpdate[],
    signal?: AbortSignal,
  ): Promise<readonly UpdateOutcome[]> {
    const answers = await this.batch(
      updates.map((u) => ({
        method: "PATCH",
        url: `${itemsPath(list)}/${seg(u.itemId)}/fields`,
        headers: { "Content-Type": "application/json", "If-Match": u.eTag },
        body: xmlSafeFields(u.fields),
      })),
      signal,
    );
    return updates.map((u, i): UpdateOutcome => {
      const r = answers[i];
      if (!r)
        return { itemId: u.itemId, kind: "failed", status: 0, message: "no answer in the batch response" };
      const eTag = r.body?.["@odata.etag"];
      if (r.status >= 200 && r.status < 300 && typeof eTag === "string")
        return { itemId: u.itemId, kind: "updated", eTag };
      if (r.status === 412) return { itemId: u.itemId, kind: "precondition-failed" };
      if (r.status === 404) return { itemId: u.itemId, kind: "not-found" };
      return {
        itemId: u.itemId,
        kind: "failed",
        status: r.status,
        message: r.body?.error?.message ?? `status ${r.status}`,
      };
    });
  }

  uploadFile(
    siteId: string,
    folder: string,
    fileName: string,
    content: string,
    contentType: string,
  ): Promise<SavedDocument> {
    return saveToDocumentLibrary(this.client, { siteId, folder }, fileName, content, contentType);
  }
}
