/**
 * The SharePoint workspace of the pane, loaded by the composition root when the SharePoint use
 * cases are first used (a sync, the panel's site inspection), not with the pane.
 */
import { lazyPort } from "../adapters/browser/lazyPort";
import { StorageMappingStore } from "../adapters/browser/storageMappingStore";
import { parseContractMapping, type ContractMapping } from "../application/sharepoint/contractMapping";
import type { ListGateway } from "../application/sharepoint/listGateway";
import {
  createSharePointWorkspace,
  type SharePointConnection,
  type SharePointWorkspace,
} from "../application/sharepoint/sharePointWorkspace";
import type { SyncStateStore } from "../application/sharepoint/syncState";
import type { PlanResult } from "../application/planResult";
import { generateDemoTenant } from "../demo/demoTenant";
import type { PlanInput } from "../domain/model/planInput";
import { DEFAULT_CRITERIA } from "../domain/prioritisation/defaultCriteria";
import type { PlanYearWiring } from "./planYearWiring";

/** The demo tenant's input, generated once: the base (configuration, people) of a SharePoint sync. */
function demoBase(): () => PlanInput {
  let input: PlanInput | undefined;
  return () => (input ??= generateDemoTenant());
}

/**
 * The SharePoint workspace of the page: Graph gateways that take tokens from the pane's sign-in
 * (for the settings last saved), the sync state in IndexedDB and the mapping in localStorage, both
 * under the Office partition key; plans run in the plan worker like the demo source, on the site's
 * plan-year record's configuration and edits when it has one (planYear.prepare).
 */
export function sharePointWorkspace(
  token: () => Promise<string>,
  stateStoreFor: (c: SharePointConnection) => SyncStateStore,
  partitionKey: string | undefined,
  planYear: PlanYearWiring,
  plan: (input: PlanInput) => Promise<PlanResult>,
): SharePointWorkspace {
  const gateways = new Map<string, ListGateway>();
  return createSharePointWorkspace({
    gatewayFor: (c) => {
      let gateway = gateways.get(c.graphBaseUrl);
      if (!gateway) {
        // The Graph client loads with the first request to a site, not with the pane.
        gateway = lazyPort<ListGateway>(async () => {
          const graph = await import(/* webpackChunkName: "graph" */ "../adapters/auth/browserGraphGateway");
          return graph.createBrowserListGateway(c.graphBaseUrl, token);
        });
        gateways.set(c.graphBaseUrl, gateway);
      }
      return gateway;
    },
    stateStoreFor,
    mappings: new StorageMappingStore(window.localStorage, partitionKey),
    contractMappings: new StorageMappingStore<ContractMapping>(
      window.localStorage,
      partitionKey,
      parseContractMapping,
      "anskaffelsesplan.kavMapping.",
    ),
    base: demoBase(),
    plan,
    prepare: (c, synced) => planYear.prepare(c, synced),
    criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
  });
}
