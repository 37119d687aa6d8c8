/**
 * Saves a file (the Project XML) to a SharePoint document library through Microsoft Graph:
 * `PUT /sites/{site-id}/drives/{drive-id}/root:/{folder}/{file}:/content` (simple upload, files up
 * to 250 MB), replacing an earlier version of the same name so the library keeps its version history.
 * The paths here are shared with the plan-year store (graphPlanYearStore.ts).
 */
import { CodedError } from "../../application/codedError";
import type { Client } from "@microsoft/microsoft-graph-client";

/** Where in SharePoint the file goes. */
export interface DocumentLibraryTarget {
  readonly siteId: string;
  /** The document library's drive id; the site's default library when absent. */
  readonly driveId?: string;
  /** Folder path inside the library, e.g. `Anskaffelsesplan/2027`; the root when empty. */
  readonly folder?: string;
}

/** What Graph answered for the saved file. */
export interface SavedDocument {
  readonly id: string;
  readonly webUrl: string;
}

function encodePath(path: string): string {
  return path
    .split("/")
    .filter((part) => part.length > 0)
    .map(encodeURIComponent)
    .join("/");
}

function drivePath(target: DocumentLibraryTarget): string {
  return target.driveId
    ? `/sites/${encodeURIComponent(target.siteId)}/drives/${encodeURIComponent(target.driveId)}`
    : `/sites/${encodeURIComponent(target.siteId)}/drive`;
}

/** The Graph path of a file's driveItem (metadata with eTag and download URL), without `:/content`. */
export function itemPath(target: DocumentLibraryTarget, fileName: string): string {
  if (fileName.includes("/") || fileName.trim().length === 0)
    throw new RangeError(`Invalid file name: "${fileName}"`);
  const folder = encodePath(target.folder ?? "");
  const item = folder ? `${folder}/${encodeURIComponent(fileName)}` : encodeURIComponent(fileName);
  return `${drivePath(target)}/root:/${item}`;
}

/** The Graph path of the upload. */
export function uploadPath(target: DocumentLibraryTarget, fileName: string): string {
  return `${itemPath(target, fileName)}:/content`;
}

/** The Graph path listing a folder's children (the library's root when the folder is empty). */
export function childrenPath(target: DocumentLibraryTarget): string {
  const folder = encodePath(target.folder ?? "");
  return folder ? `${drivePath(target)}/root:/${folder}:/children` : `${drivePath(target)}/root/children`;
}

/** Uploads `content` as `fileName`, replacing a file of that name; returns the item id and web URL. */
export async function saveToDocumentLibrary(
  client: Pick<Client, "api">,
  target: DocumentLibraryTarget,
  fileName: string,
  content: string,
  contentType = "application/xml",
): Promise<SavedDocument> {
  const response = (await client
    .api(uploadPath(target, fileName))
    .query({ "@microsoft.graph.conflictBehavior": "replace" })
    .header("Content-Type", contentType)
    .put(content)) as { id?: unknown; webUrl?: unknown } | undefined;
  if (typeof response?.id !== "string" || typeof response.webUrl !== "string") {
    throw new CodedError("upload.unconfirmed", { file: fileName });
  }
  return { id: response.id, webUrl: response.webUrl };
}
