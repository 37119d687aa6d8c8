/**
 * The demo tenant through real HTTPS Graph traffic: serve-demo seeds the Graph-compatible server
 * with generateDemoTenant(), and `anskaffelsesplan sync` (through the CLI's main) brings back needs
 * that intake validation treats exactly like the demo tenant's own needs.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { runServeDemo } from "../../src/cli/commands/serveDemo";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { validateNeeds } from "../../src/domain/intake/validateNeeds";
import { DEFAULT_CRITERIA } from "../../src/domain/prioritisation/defaultCriteria";
import type { PlanInput } from "../../src/domain/model/planInput";
import { finalExpiry } from "../../src/domain/model/contract";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";

describe("demo tenant served over Graph", () => {
  it("syncs back needs that validate exactly like the demo tenant's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-demo-"));
    const tenant = generateDemoTenant();
    const demo = await runServeDemo(
      { caOut: join(dir, "ca.pem") },
      { out: () => undefined, err: () => undefined, env: {} },
      () => tenant,
    );
    const previous = { token: process.env.ANSKAFFELSESPLAN_TOKEN, ca: process.env.ANSKAFFELSESPLAN_CA };
    process.env.ANSKAFFELSESPLAN_TOKEN = "demo-token";
    process.env.ANSKAFFELSESPLAN_CA = demo.caFile;
    const lines: string[] = [];
    try {
      const code = await main(
        [
          "node",
          "anskaffelsesplan",
          "--lang",
          "en",
          "sync",
          "--graph",
          demo.server.baseUrl,
          "--site",
          demo.siteUrl,
          "--list",
          LIST_NAMES.intake,
          "--out",
          join(dir, "needs.json"),
          "--kav-list",
          LIST_NAMES.kav,
          "--plan-year",
          "2027",
        ],
        { out: (t) => lines.push(t), err: (t) => lines.push(t) },
      );
      expect(lines.join("\n")).toContain(
        `Synced ${LIST_NAMES.intake} (full read): ${tenant.needs.length} needs`,
      );
      expect(code).toBe(0);
    } finally {
      process.env.ANSKAFFELSESPLAN_TOKEN = previous.token;
      process.env.ANSKAFFELSESPLAN_CA = previous.ca;
      if (previous.token === undefined) delete process.env.ANSKAFFELSESPLAN_TOKEN;
      if (previous.ca === undefined) delete process.env.ANSKAFFELSESPLAN_CA;
      await demo.server.close();
    }
    const synced = JSON.parse(readFileSync(join(dir, "needs.json"), "utf8")) as PlanInput;
    // Contracts come back from the KAV list with the same ids and the same final expiry.
    expect(synced.contracts.map((c) => [c.id, finalExpiry(c), c.value])).toEqual(
      tenant.contracts.map((c) => [c.id, finalExpiry(c), c.value]),
    );
    const ctx = {
      config: tenant.config,
      criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
      contractIds: new Set(synced.contracts.map((c) => c.id)),
    };
    const before = validateNeeds(tenant.needs, ctx);
    const after = validateNeeds(synced.needs, ctx);
    expect(after.received).toBe(before.received);
    // SharePoint adds what the rows lack: the receipt date, from each item's Created (docs/input-format.md).
    // The demo's receipt dates are the items' Created, so they come back as they were.
    expect(after.accepted.every((n) => /^\d{4}-\d{2}-\d{2}$/.test(n.receivedDate ?? ""))).toBe(true);
    expect(after.accepted).toEqual(before.accepted);
    expect(after.rejected.map((r) => [r.itemId, r.errors.map((e) => `${e.field}:${e.code}`)])).toEqual(
      before.rejected.map((r) => [r.itemId, r.errors.map((e) => `${e.field}:${e.code}`)]),
    );
  });
});
