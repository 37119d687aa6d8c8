/**
 * The demo server's document-library reads, as Graph answers them: the site's default library
 * (`GET /sites/{id}/drive`), a file's item by path (`GET /sites/{id}/drive/root:/{path}`, with its
 * eTag and a pre-authenticated `@microsoft.graph.downloadUrl`), and the download itself
 * (`GET /download/{file-id}` outside /v1.0, no bearer token, like SharePoint's download URLs).
 */
import { createHash } from "node:crypto";
import type { SharePointStore, StoredFile } from "./sharePointStore";
import { errorResponse, type RouteResponse } from "./graphRoutes";

const JSON_TYPE = { "Content-Type": "application/json" };

/** The path prefix of download URLs (outside the versioned API). */
export const DOWNLOAD_PREFIX = "/download/";

/** The eTag of a file version, in the library's `"{GUID},version"` form. */
function fileETag(file: StoredFile): string {
  const h = createHash("sha1").update(file.id).digest("hex").toUpperCase();
  return `"{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}},${file.version}"`;
}

/** Answers a drive read below `/sites/{id}/drive…`, or undefined when `path` is not one. */
export function routeDriveRead(
  store: SharePointStore,
  path: string,
  origin: string,
): RouteResponse | undefined {
  const match = /^\/sites\/([^/]+)\/drive(?:\/root:\/(.+?):?)?$/.exec(path);
  if (!match) return undefined;
  const site = store.findSite(decodeURIComponent(match[1] as string));
  if (!site) return errorResponse(404, "itemNotFound", "Requested site could not be found");
  const sitePath = site.path === "" ? "" : `/${site.path}`;
  if (match[2] === undefined)
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
  const filePath = match[2].split("/").map(decodeURIComponent).join("/");
  const file = store.findFile(site, filePath);
  if (!file) return errorResponse(404, "itemNotFound", "The resource could not be found.");
  return {
    status: 200,
    headers: JSON_TYPE,
    body: {
      id: file.id,
      name: file.path.split("/").pop(),
      eTag: fileETag(file),
      webUrl: file.webUrl,
      size: Buffer.byteLength(file.content),
      "@microsoft.graph.downloadUrl": `${origin}${DOWNLOAD_PREFIX}${encodeURIComponent(file.id)}`,
    },
  };
}

/** The file behind a download URL path, or undefined. */
export function downloadFile(store: SharePointStore, path: string): StoredFile | undefined {
  if (!path.startsWith(DOWNLOAD_PREFIX)) return undefined;
  return store.fileById(decodeURIComponent(path.slice(DOWNLOAD_PREFIX.length)));
}
