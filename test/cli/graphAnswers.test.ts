/**
 * Graph answers the CLI cannot use, over real HTTPS from the demo server: a body cut off halfway, an
 * answer without the parts every answer has, and 401. The user reads which request failed and what to
 * do, in bokmål or English — never parser internals such as "Unterminated string in JSON".
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";
import { runServeDemo } from "../../src/cli/commands/serveDemo";
import { serialisePlanInput } from "../../src/adapters/node/planInputFile";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import type { RunningDemoGraphServer } from "../../src/adapters/graphServer/demoGraphServer";
import type { FaultKind } from "../../src/adapters/graphServer/faults";

describe("Graph answers the CLI cannot use", () => {
  const dir = mkdtempSync(join(tmpdir(), "graph-answers-"));
  let demo: RunningDemoGraphServer & { caFile: string };
  const saved = { token: process.env["ANSKAFFELSESPLAN_TOKEN"], ca: process.env["ANSKAFFELSESPLAN_CA"] };

  beforeAll(async () => {
    const tenant = generateDemoTenant();
    const file = join(dir, "input.json");
    writeFileSync(file, serialisePlanInput({ ...tenant, needs: tenant.needs.slice(0, 30) }));
    const quiet = { out: () => undefined, err: () => undefined, env: {} };
    demo = await runServeDemo({ input: file, caOut: join(dir, "ca.pem") }, quiet, () => tenant);
    process.env["ANSKAFFELSESPLAN_CA"] = demo.caFile;
  });
  afterAll(async () => {
    await demo.server.close();
    for (const [key, value] of [
      ["ANSKAFFELSESPLAN_TOKEN", saved.token],
      ["ANSKAFFELSESPLAN_CA", saved.ca],
    ] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  });

  const sync = (lang: string) =>
    runCli(
      "--lang",
      lang,
      "sync",
      "--graph",
      demo.server.baseUrl,
      "--site",
      demo.siteUrl,
      "--list",
      LIST_NAMES.intake,
      "--out",
      join(dir, "needs.json"),
    );
  const withFaults = (kind: FaultKind) =>
    demo.server.faults.set({ rate: 1, kinds: [kind], retryAfterSeconds: 0, slowMs: 0, seed: 7 });

  it.each(["truncated", "shapeless"] as const)(
    "a %s answer is named with its request, in both languages",
    async (kind) => {
      process.env["ANSKAFFELSESPLAN_TOKEN"] = "demo-token";
      withFaults(kind);
      try {
        const en = await sync("en");
        const nb = await sync("nb");
        expect(en.code).toBe(1);
        expect(en.err).toMatch(
          /^The SharePoint server sent an answer that cannot be read, to the request GET \/sites\/\S+\. Try again shortly; if it happens again, check the address in --graph\.$/,
        );
        expect(nb.err).toMatch(
          /^SharePoint-tjeneren sendte et svar som ikke kan leses, på forespørselen GET \/sites\//,
        );
        expect(en.err + nb.err).not.toMatch(/JSON at position|Unterminated|not iterable|undefined/);
      } finally {
        demo.server.faults.set({ rate: 0, kinds: [], retryAfterSeconds: 1, slowMs: 0, seed: 1 });
      }
    },
  );

  it("a 401 points to the token variable", async () => {
    process.env["ANSKAFFELSESPLAN_TOKEN"] = "not-the-demo-token";
    const en = await sync("en");
    expect(en.code).toBe(1);
    expect(en.err).toMatch(
      /^SharePoint refused access \(401\) to the request GET \/sites\/\S+\. Set a valid access token in the environment variable ANSKAFFELSESPLAN_TOKEN\.$/,
    );
    const nb = await sync("nb");
    expect(nb.err).toContain("Sett et gyldig tilgangstoken i miljøvariabelen ANSKAFFELSESPLAN_TOKEN.");
  });
});
