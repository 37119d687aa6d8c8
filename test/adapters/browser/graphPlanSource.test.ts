/**
 * The Graph plan source on the demo tenant served over HTTPS: the plan result equals the one the
 * demo plan source computes from the tenant directly, and a second load reads only the changes.
 */
import { createGraphPlanSource } from "../../../src/adapters/browser/graphPlanSource";
import { createDemoPlanSource } from "../../../src/adapters/browser/demoPlanSource";
import { startDemoGraphServer } from "../../../src/adapters/graphServer/demoGraphServer";
import { DEMO_TOKEN } from "../../../src/adapters/graphServer/graphServer";
import { createGraphClient } from "../../../src/adapters/graph/graphClientFactory";
import { createNodeHttpsFetch } from "../../../src/adapters/graph/nodeHttpsFetch";
import { GraphListGateway } from "../../../src/adapters/graph/graphListGateway";
import { LIST_NAMES } from "../../../src/application/sharepoint/listSchemas";
import { generateDemoTenant } from "../../../src/demo/demoTenant";

describe("Graph plan source", () => {
  it("gives the same plan as the demo source, over real Graph traffic, then reads only changes", async () => {
    const demo = await startDemoGraphServer({ input: generateDemoTenant() });
    const fetch = createNodeHttpsFetch({ ca: demo.server.certificate.cert });
    try {
      const gateway = new GraphListGateway(
        createGraphClient({ baseUrl: demo.server.baseUrl, getToken: async () => DEMO_TOKEN, fetch }),
      );
      const phases = new Set<string>();
      const source = createGraphPlanSource({
        gateway,
        graphBaseUrl: demo.server.baseUrl,
        siteUrl: demo.siteUrl,
        intakeList: LIST_NAMES.intake,
        kavList: LIST_NAMES.kav,
        base: () => generateDemoTenant(),
        progress: (e) => phases.add(e.phase),
      });
      const viaGraph = await source.load();
      const direct = await createDemoPlanSource().load();
      expect(viaGraph.counts).toEqual(direct.counts);
      expect(viaGraph.needs.map((n) => [n.id, n.status, n.redacted])).toEqual(
        direct.needs.map((n) => [n.id, n.status, n.redacted]),
      );
      expect(phases.has("full")).toBe(true);
      demo.server.resetStats();
      const again = await source.load();
      expect(again.counts).toEqual(viaGraph.counts);
      // One delta request for the intake list; site, lists and one page for the KAV list.
      expect(demo.server.stats.requests).toBe(4);
    } finally {
      fetch.close();
      await demo.server.close();
    }
  });
});
