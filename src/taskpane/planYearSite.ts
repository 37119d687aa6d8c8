/**
 * The plan-year ports of one SharePoint site for the pane (loaded by planYearWiring when a site is
 * first asked for): the record in the site's document library, the signed-in account from GET /me,
 * the SharePoint tab's publish ports and the health check, all over the Graph client, and the .docx
 * download (loaded on first use).
 */
import { createBrowserGraphClient } from "../adapters/auth/browserGraphGateway";
import { browserPlanYearValidator } from "../adapters/browser/planYearValidator";
import { GraphListGateway } from "../adapters/graph/graphListGateway";
import { currentAccount, GraphPlanYearStore } from "../adapters/graph/graphPlanYearStore";
import { graphLibraryProbe } from "../adapters/graph/graphSiteLibrary";
import { runHealthCheck } from "../application/goLive/healthCheck";
import type { PlanYearValidator } from "../application/planYear/planYearFile";
import type { PlanYearSite } from "../application/planYear/planYearWorkspace";
import { LIST_NAMES } from "../application/sharepoint/listSchemas";
import type { SharePointConnection } from "../application/sharepoint/sharePointWorkspace";
import { defaultPlanConfig } from "../domain/model/defaults";
import { DEFAULT_CRITERIA } from "../domain/prioritisation/defaultCriteria";
import type { PlanYearWiringDeps } from "./planYearWiring";

/** The plan-year ports of the site of connection `c`; `onAccount` hears the signed-in account. */
export function siteOf(deps: PlanYearWiringDeps, c: SharePointConnection, onAccount: (who: string) => void) {
  const client = createBrowserGraphClient(c.graphBaseUrl, deps.token);
  const gateway = new GraphListGateway(client);
  // Compiled on the first record read, not before: a site without a record never needs it.
  const validate: PlanYearValidator = (document) => browserPlanYearValidator()(document);
  const resolved = gateway.resolveSite(c.siteUrl);
  resolved.catch(() => undefined);
  let account: Promise<string> | undefined;
  return resolved.then((site): PlanYearSite => ({
    deps: { store: new GraphPlanYearStore(client, site.id, c.siteUrl), validate },
    who: () =>
      (account ??= currentAccount(client).then((who) => {
        onAccount(who);
        return who;
      })),
    publishPorts: async () => ({
      gateway,
      syncState: deps.stateStoreFor(c),
      siteUrl: c.siteUrl,
      feedbackList: LIST_NAMES.feedback,
    }),
    healthCheck: async (planYear) =>
      runHealthCheck(
        {
          siteUrl: c.siteUrl,
          token: await deps.token(),
          now: new Date(),
          planYear,
          config: defaultPlanConfig(planYear),
          criteriaIds: DEFAULT_CRITERIA.map((x) => x.id),
          listNames: { intake: c.intakeList, kav: c.kavList, people: c.peopleList },
        },
        {
          gateway,
          library: graphLibraryProbe(client),
          records: (s) => new GraphPlanYearStore(client, s.id, s.webUrl),
          validatePlanYear: validate,
        },
      ),
    realTenant: deps.realTenant,
    offerDocument: async (doc, fileName) => {
      const { downloadDocx } = await import(
        /* webpackChunkName: "docx" */ "../adapters/browser/downloadDocx"
      );
      await downloadDocx(doc, fileName);
    },
  }));
}
