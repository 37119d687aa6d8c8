/**
 * Ports of the SharePoint use cases: the list gateway (implemented over Microsoft Graph), the store
 * of the sync state, and progress reporting. Use cases depend on these interfaces only.
 */
import { CodedError } from "../codedError";
import type { ColumnSpec, ListDefinition } from "./listSchemas";

/** A site resolved from its URL. */
export interface SiteInfo {
  readonly id: string;
  readonly webUrl: string;
  readonly displayName: string;
}

/** A list of a site. */
export interface ListInfo {
  readonly id: string;
  readonly displayName: string;
}

/** A list addressed by site and list id. */
export interface ListRef {
  readonly siteId: string;
  readonly listId: string;
}

/** One list item as read: SharePoint item id, opaque eTag, and fields by internal column name. */
export interface ListItemSnapshot {
  readonly id: string;
  readonly eTag: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** One page of a read: items (last occurrence wins) and ids of deleted items (delta only). */
export interface ItemPage {
  readonly items: readonly ListItemSnapshot[];
  readonly deletedIds: readonly string[];
}

/** A conditional update of one item: only the given fields, only if the item still has `eTag`. */
export interface ItemUpdate {
  readonly itemId: string;
  readonly eTag: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** What became of one conditional update. */
export type UpdateOutcome =
  | { readonly itemId: string; readonly kind: "updated"; readonly eTag: string }
  | { readonly itemId: string; readonly kind: "precondition-failed" }
  | { readonly itemId: string; readonly kind: "not-found" }
  | { readonly itemId: string; readonly kind: "failed"; readonly status: number; readonly message: string };

/** What became of one item creation (`index` = position in the request). */
export type CreateOutcome =
  | { readonly index: number; readonly kind: "created"; readonly itemId: string; readonly eTag: string }
  | { readonly index: number; readonly kind: "failed"; readonly status: number; readonly message: string };

/**
 * Thrown by `readDelta` when the delta feed cannot be continued: the token expired (410 Gone,
 * `resyncChangesApplyDifferences`), or a page carried an error object instead of an item (a
 * reported SharePoint defect after deletions). Either way a full resync is needed.
 */
export class DeltaTokenExpiredError extends Error {
  constructor(readonly code: string) {
    super(`The delta feed cannot be continued (${code}); a full resync is needed.`);
    this.name = "DeltaTokenExpiredError";
  }
}

/** What went wrong with an answer from the Graph endpoint, in terms the user can act on. */
export type GraphAnswerProblem =
  /** The answer cannot be read: not JSON, cut off, or without the parts every answer has. */
  | "unreadable"
  /** 401: no valid sign-in (the pane) or token (the CLI). */
  | "unauthorized";

/**
 * Thrown by a gateway when the Graph endpoint's answer to `request` (method and path, e.g.
 * `GET /sites/…/lists/…/items`) is unreadable or refused for want of sign-in. Catalogue keys:
 * `answer.<problem>` in src/i18n/graphMessages.ts; `messageKey` and `messageParams` let the pane say it.
 */
export class GraphAnswerError extends Error {
  constructor(
    readonly problem: GraphAnswerProblem,
    readonly request: string,
    readonly detail: string,
  ) {
    super(`${problem} answer to ${request}: ${detail}`);
    this.name = "GraphAnswerError";
  }

  /** The pane's message (sign-in, not the token variable). */
  get messageKey(): string {
    return `answer.${this.problem}.pane`;
  }

  /** Params of the message. */
  get messageParams(): Readonly<Record<string, string>> {
    return { request: this.request };
  }
}

/** Access to SharePoint lists (Microsoft Graph in production, the demo server in tests). */
export interface ListGateway {
  /** The site at `siteUrl` (e.g. `https://contoso.sharepoint.com/sites/anskaffelser`). */
  resolveSite(siteUrl: string, signal?: AbortSignal): Promise<SiteInfo>;
  /** The lists of a site. */
  listLists(siteId: string, signal?: AbortSignal): Promise<readonly ListInfo[]>;
  /** The columns of a list (hidden and read-only system columns included, marked readOnly). */
  getColumns(list: ListRef, signal?: AbortSignal): Promise<readonly ColumnSpec[]>;
  /** Creates a generic list with the given columns. */
  createList(siteId: string, definition: ListDefinition, signal?: AbortSignal): Promise<ListInfo>;
  /** A delta link that starts at the current state (`items/delta?token=latest`). */
  latestDeltaLink(list: ListRef, signal?: AbortSignal): Promise<string>;
  /** Reads every item with the selected fields, page by page, at the largest page size accepted. */
  readAllItems(
    list: ListRef,
    select: readonly string[],
    onPage: (page: ItemPage) => void,
    signal?: AbortSignal,
  ): Promise<void>;
  /**
   * Reads the changes since `deltaLink`, page by page; returns the next delta link.
   * Throws DeltaTokenExpiredError when the service answers 410 Gone.
   */
  readDelta(
    deltaLink: string,
    select: readonly string[],
    onPage: (page: ItemPage) => void,
    signal?: AbortSignal,
  ): Promise<string>;
  /** One item, or undefined when it no longer exists. */
  readItem(
    list: ListRef,
    itemId: string,
    select: readonly string[],
    signal?: AbortSignal,
  ): Promise<ListItemSnapshot | undefined>;
  /** Conditional updates (If-Match), sent in batches; one outcome per update, in input order. */
  updateItems(
    list: ListRef,
    updates: readonly ItemUpdate[],
    signal?: AbortSignal,
  ): Promise<readonly UpdateOutcome[]>;
  /**
   * Creates items (in batches); one outcome per item, in input order. Not retried after a lost
   * answer (a create is not idempotent): callers re-read before creating again.
   */
  createItems(
    list: ListRef,
    items: readonly Readonly<Record<string, unknown>>[],
    signal?: AbortSignal,
  ): Promise<readonly CreateOutcome[]>;
  /**
   * Saves a text file into the site's default document library under `folder`, replacing a file of
   * the same name (the library keeps the earlier version); returns its id and web address.
   */
  uploadFile(
    siteId: string,
    folder: string,
    fileName: string,
    content: string,
    contentType: string,
  ): Promise<{ readonly id: string; readonly webUrl: string }>;
}

/** Progress of a long operation, for the UI and the CLI. */
export interface ProgressEvent {
  readonly phase: "resolve" | "full" | "delta" | "lookups" | "write";
  /** Items (or updates) handled so far. */
  readonly done: number;
  /** Total when known. */
  readonly total?: number;
}

/** Receives progress events. */
export type Progress = (event: ProgressEvent) => void;

/** Throws the signal's reason (an AbortError) when the operation was cancelled. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw signal.reason instanceof Error ? signal.reason : new CodedError("cancelled");
  }
}
