/**
 * Browser test: from the page in headless Chromium, "Lagre Project XML i SharePoint" uploads the
 * plan's Project XML to the demo Graph server over real HTTPS — a cross-origin PUT, so the server's
 * CORS answer must allow it — and every method the Graph client uses passes the browser's preflight.
 */
import { showRole, startTaskpaneBrowser, type TaskpaneBrowser } from "../support/taskpaneBrowser";
import {
  startDemoGraphServer,
  type RunningDemoGraphServer,
} from "../../src/adapters/graphServer/demoGraphServer";
import { DEMO_SITE } from "../../src/adapters/graphServer/demoSite";
import { DEMO_TOKEN } from "../../src/adapters/graphServer/graphServer";
import { generateDemoTenant } from "../../src/demo/demoTenant";

let pane: TaskpaneBrowser | undefined;
let demo: RunningDemoGraphServer | undefined;

beforeAll(async () => {
  demo = await startDemoGraphServer({ input: generateDemoTenant() });
  pane = await startTaskpaneBrowser();
}, 180_000);

afterAll(async () => {
  await pane?.stop();
  await demo?.server.close();
});

describe("Project XML to SharePoint from the browser page", () => {
  it("saves the file through a cross-origin PUT, and every Graph method passes the preflight", async () => {
    if (!pane || !demo) throw new Error("not started");
    const graph = demo.server.baseUrl;
    const { page, blocked } = await pane.open("nb-NO", {
      query: `?graph=${encodeURIComponent(graph)}`,
      allowOrigins: [new URL(graph).origin],
    });
    await page.getByRole("table", { name: "Behov" }).waitFor({ timeout: 120_000 });

    // Each method with the headers the client sends: the browser preflights all but GET/POST-simple.
    const answers = await page.evaluate(
      async ({ base, token }) => {
        const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
        return Promise.all(
          methods.map(async (method) => {
            try {
              const r = await fetch(`${base}/sites/root/nothing-here`, {
                method,
                headers: {
                  Authorization: `Bearer ${token}`,
                  "Content-Type": "application/json",
                  "If-Match": "*",
                  SdkVersion: "graph-js/3.0.7",
                  "client-request-id": "test",
                },
                ...(method === "GET" || method === "DELETE" ? {} : { body: "{}" }),
              });
              return `${method} ${r.status}`;
            } catch (error) {
              return `${method} ${String(error)}`;
            }
          }),
        );
      },
      { base: graph, token: DEMO_TOKEN },
    );
    for (const answer of answers) expect(answer).toMatch(/^[A-Z]+ \d{3}$/);

    await showRole(page, "planner", "Project og filer");
    await page.getByRole("button", { name: "Lagre Project XML i SharePoint" }).click();
    const saved = page.getByRole("status").filter({ hasText: "Lagret i SharePoint" });
    await saved.waitFor({ timeout: 60_000 });
    const site = demo.server.store.allSites().find((s) => s.displayName === DEMO_SITE.displayName);
    const year = generateDemoTenant().config.planYear;
    const file = site
      ? demo.server.store.findFile(site, `Anskaffelsesplan/${year}/Anskaffelsesplan-${year}.xml`)
      : undefined;
    expect(file?.content).toMatch(/^<\?xml[^>]*>\s*<Project xmlns="http:\/\/schemas.microsoft.com\/project"/);
    await expect(saved.getByRole("link").getAttribute("href")).resolves.toBe(file?.webUrl);
    expect(blocked.filter((url) => !url.includes("telemetryservice"))).toEqual([]);
    await page.context().close();
  }, 240_000);
});
