/**
 * The site's default document library over Microsoft Graph, for the health check: the library
 * itself (`GET /sites/{id}/drive`). The plan-year record is read by its own store adapter
 * (graphPlanYearStore.ts).
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import type { LibraryProbe } from "../../application/goLive/healthCheck";

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
