/**
 * The demo server's document-library routes on a site's default drive, as Graph answers them:
 * driveItem by path (`GET /sites/{id}/drive/root:/{path}` with eTag, cTag and a pre-authenticated
 * `@microsoft.graph.downloadUrl`), content download (`…:/content` → 302 to the download URL), simple
 * upload (`PUT …:/content`) with `If-Match` (412 when the eTag differs), `If-None-Match: *` (412
 * when the file exists) and `@microsoft.graph.conflictBehavior=fail` (409 nameAlreadyExists), and
 * folder listing (`…:/children`). Folders exist implicitly above uploaded files, as an upload creates them.
 */
import { errorResponse, type RouteResponse } from "./graphRoutes";
import { fileETagOf, type SharePointStore, type StoredFile, type StoredSite } from "./sharePointStore";

/** A request to a drive route: method, decoded item path, query, lower-case headers and raw body. */
export interface DriveRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** Origin of the server as the client called it, e.g. `https://127.0.0.1:4443`. */
  readonly origin: string;
}

/** A drive answer: JSON, or raw bytes for a download. */
export type DriveResponse = RouteResponse & { readonly raw?: Uint8Array };

const DRIVE_PATH = /^\/sites\/([^/]+)\/drive\/root(?::\/(.*?))?(?::\/(content|children))?:?$/;
/** The download path served without a bearer token (the URL itself authorises, as Graph's does). */
export const DOWNLOAD_PREFIX = "/_download/";

const JSON_TYPE = { "Content-Type": "application/json" };

function cleanPath(raw: string | undefined): string {
  return (raw ?? "")
    .split("/")
    .filter((p) => p !== "")
    .map(decodeURIComponent)
    .join("/");
}

function fileJson(req: DriveRequest, site: StoredSite, file: StoredFile): unknown {
  const eTag = fileETagOf(file);
  return {
    "@microsoft.graph.downloadUrl": `${req.origin}${DOWNLOAD_PREFIX}${file.id}?version=${file.version}`,
    id: file.id,
    name: file.path.split("/").pop(),
    eTag,
    cTag: `"c:${eTag.slice(1, -1)}"`,
    size: file.bytes.byteLength,
    webUrl: file.webUrl,
    lastModifiedDateTime: file.lastModified,
    file: { mimeType: file.contentType },
    parentReference: { siteId: site.id, path: `/drive/root:/${file.path.split("/").slice(0, -1).join("/")}` },
  };
}

/** Direct children (files and implicit folders) of a folder path. */
function children(req: DriveRequest, store: SharePointStore, site: StoredSite, folder: string): unknown[] {
  const prefix = folder === "" ? "" : `${folder.toLowerCase()}/`;
  const files: unknown[] = [];
  const folders = new Map<string, number>();
  for (const file of store.filesOf(site)) {
    if (!file.path.toLowerCase().startsWith(prefix)) continue;
    const rest = file.path.slice(prefix.length).split("/");
    if (rest.length === 1) files.push(fileJson(req, site, file));
    else folders.set(rest[0] as string, (folders.get(rest[0] as string) ?? 0) + 1);
  }
  const folderItems = [...folders].map(([name, count]) => ({ name, folder: { childCount: count } }));
  return [...folderItems, ...files];
}

function isFolder(store: SharePointStore, site: StoredSite, path: string): boolean {
  const prefix = `${path.toLowerCase()}/`;
  return path === "" || store.filesOf(site).some((f) => f.path.toLowerCase().startsWith(prefix));
}

function upload(req: DriveRequest, store: SharePointStore, site: StoredSite, path: string): DriveResponse {
  const existing = store.findFile(site, path);
  const ifMatch = req.headers["if-match"];
  const behaviour = req.query.get("@microsoft.graph.conflictBehavior") ?? "replace";
  if (existing && behaviour === "fail")
    return errorResponse(409, "nameAlreadyExists", "The specified item name already exists.");
  if (existing && req.headers["if-none-match"] === "*")
    return errorResponse(412, "preconditionFailed", "The item already exists.");
  if (ifMatch !== undefined && ifMatch !== "*" && (!existing || fileETagOf(existing) !== ifMatch))
    return errorResponse(412, "resourceModified", "ETag does not match current item's value");
  const file = store.saveFile(
    site,
    path,
    req.body,
    req.headers["content-type"] ?? "application/octet-stream",
  );
  const body = fileJson(req, site, file);
  return { status: existing ? 200 : 201, headers: { ...JSON_TYPE, ETag: fileETagOf(file) }, body };
}

const LIBRARY_PATH = /^\/sites\/([^/]+)\/drive$/;

/** The site's default library itself (`GET /sites/{id}/drive`), as the health check reads it. */
function libraryRoute(store: SharePointStore, req: DriveRequest): DriveResponse | undefined {
  const match = LIBRARY_PATH.exec(req.path);
  if (!match) return undefined;
  if (req.method !== "GET") return errorResponse(405, "invalidRequest", "Method not allowed on this item.");
  const site = store.findSite(decodeURIComponent(match[1] as string));
  if (!site) return errorResponse(404, "itemNotFound", "Requested site could not be found");
  const sitePath = site.path === "" ? "" : `/${site.path}`;
  return {
    status: 200,
    headers: JSON_TYPE,
    body: {
      id: `b!${site.id.split(",")[1] ?? site.id}`,
      name: "Documents",
      driveType: "documentLibrary",
      webUrl: `https://${site.hostname}${sitePath}/Shared%20Documents`,
    },
  };
}

/** Answers a drive request, or undefined when the path is not a drive route. */
export function driveRoute(store: SharePointStore, req: DriveRequest): DriveResponse | undefined {
  const library = libraryRoute(store, req);
  if (library) return library;
  const match = DRIVE_PATH.exec(req.path);
  if (!match) return undefined;
  const site = store.findSite(decodeURIComponent(match[1] as string));
  if (!site) return errorResponse(404, "itemNotFound", "Requested site could not be found");
  const path = cleanPath(match[2]);
  const action = match[3];
  if (req.method === "PUT" && action === "content" && path !== "") return upload(req, store, site, path);
  if (req.method !== "GET") return errorResponse(405, "invalidRequest", "Method not allowed on this item.");
  const file = path === "" ? undefined : store.findFile(site, path);
  if (action === "children") {
    if (file || !isFolder(store, site, path))
      return errorResponse(404, "itemNotFound", "The resource could not be found.");
    return { status: 200, headers: JSON_TYPE, body: { value: children(req, store, site, path) } };
  }
  if (action === "content") {
    if (!file) return errorResponse(404, "itemNotFound", "The resource could not be found.");
    const location = (fileJson(req, site, file) as Record<string, string>)[
      "@microsoft.graph.downloadUrl"
    ] as string;
    return { status: 302, headers: { Location: location } };
  }
  if (file)
    return {
      status: 200,
      headers: { ...JSON_TYPE, ETag: fileETagOf(file) },
      body: fileJson(req, site, file),
    };
  if (path !== "" && isFolder(store, site, path))
    return {
      status: 200,
      headers: JSON_TYPE,
      body: { name: path.split("/").pop(), folder: { childCount: children(req, store, site, path).length } },
    };
  return errorResponse(404, "itemNotFound", "The resource could not be found.");
}

/** Serves a download URL: the version's bytes, or 404 when that version is no longer current. */
export function downloadRoute(
  store: SharePointStore,
  pathname: string,
  query: URLSearchParams,
): DriveResponse {
  const file = store.fileById(decodeURIComponent(pathname.slice(DOWNLOAD_PREFIX.length)));
  if (!file || query.get("version") !== String(file.version))
    return errorResponse(404, "itemNotFound", "The resource could not be found.");
  return {
    status: 200,
    headers: { "Content-Type": file.contentType, ETag: fileETagOf(file) },
    raw: file.bytes,
  };
}
