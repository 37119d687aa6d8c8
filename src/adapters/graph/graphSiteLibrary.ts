/**
 * The site's default document library over Microsoft Graph, for the health check: the library
 * itself (`GET /sites/{id}/drive`) and a read of the plan-year record
 * (`Anskaffelsesplan/<year>/plan-year.json`): the item by path gives its eTag and a
 * pre-authenticated download URL, which is fetched without the bearer token (Graph's `/content`
 * answers with a redirect to the same URL). Read-only; the record's own store adapter (reads,
 * conditional writes, versions) is the plan-year record's.
 */
import { GraphError, type Client } from "@microsoft/microsoft-graph-client";
import type { LibraryProbe } from "../../application/goLive/healthCheck";
import type { SiteInfo } from "../../application/sharepoint/listGateway";
import type { PlanYearStore, StoredDocument } from "../../application/planYear/planYearStore";
import type { FetchLike } from "./nodeHttpsFetch";

/** The record's folder in the library (see planYearStore.ts). */
export const RECORD_ROOT = "Anskaffelsesplan";

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** The library probe over a Graph client. */
export function graphLibraryProbe(client: Client): LibraryProbe {
  return {
    async defaultLibrary(siteId: string) {
      const drive = (await client
        .api(`/sites/${encodeURIComponent(siteId)}/drive?$select=id,name`)
        .get()) as {
        name?: string;
      };
      return { name: drive.name ?? "Documents" };
    },
  };
}

/** Reads the plan-year record of a site's library (read-only part of the record store). */
export function graphRecordReader(
  client: Client,
  download: FetchLike,
  site: SiteInfo,
): Pick<PlanYearStore, "readRecord" | "location"> {
  const location = (year: number, file: string) =>
    `${site.webUrl}/Shared Documents/${RECORD_ROOT}/${year}/${file}`;
  return {
    location,
    async readRecord(year: number): Promise<StoredDocument | undefined> {
      const path = encodePath(`${RECORD_ROOT}/${year}/plan-year.json`);
      let item: { eTag?: string; "@microsoft.graph.downloadUrl"?: string };
      try {
        item = (await client
          .api(`/sites/${encodeURIComponent(site.id)}/drive/root:/${path}`)
          .get()) as typeof item;
      } catch (error) {
        if (error instanceof GraphError && error.statusCode === 404) return undefined;
        throw error;
      }
      const url = item["@microsoft.graph.downloadUrl"];
      if (typeof url !== "string") throw new Error(`No download URL for ${location(year, "plan-year.json")}`);
      const response = await download(url);
      if (!response.ok)
        throw new Error(`Download of ${location(year, "plan-year.json")} answered ${response.status}`);
      return { content: await response.text(), etag: item.eTag ?? "" };
    },
  };
}
