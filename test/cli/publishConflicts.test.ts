/**
 * A conflict stays a conflict, over real HTTPS to the demo Graph server through the CLI: publish
 * reports a same-field conflict and leaves the other person's value; a second publish of the same
 * plan does not overwrite it either; `--resolve keep-theirs` settles it, `--resolve take-ours` writes
 * the plan's value. And under sustained throttling the decisions not written are retried alone with
 * `--retry-failed`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";
import { runServeDemo } from "../../src/cli/commands/serveDemo";
import { serialisePlanInput } from "../../src/adapters/node/planInputFile";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import type { RunningDemoGraphServer } from "../../src/adapters/graphServer/demoGraphServer";
import type { ListSyncState } from "../../src/application/sharepoint/syncState";
import { NO_FAULTS } from "../../src/adapters/graphServer/faults";

describe("publish keeps conflicts until they are resolved, and retries what was not written", () => {
  const dir = mkdtempSync(join(tmpdir(), "publish-conflicts-"));
  const state = join(dir, "state.json");
  let demo: RunningDemoGraphServer & { caFile: string };
  const saved = { token: process.env["ANSKAFFELSESPLAN_TOKEN"], ca: process.env["ANSKAFFELSESPLAN_CA"] };
  const tenant = generateDemoTenant();
  const needs = tenant.needs.slice(0, 30);
  const idOf = (i: number) => String(needs[i]?.["id"]);

  beforeAll(async () => {
    const file = join(dir, "input.json");
    writeFileSync(file, serialisePlanInput({ ...tenant, needs }));
    const quiet = { out: () => undefined, err: () => undefined, env: {} };
    demo = await runServeDemo({ input: file, caOut: join(dir, "ca.pem") }, quiet, () => tenant);
    process.env["ANSKAFFELSESPLAN_CA"] = demo.caFile;
    process.env["ANSKAFFELSESPLAN_TOKEN"] = "demo-token";
    const synced = await cli("sync", "--state", state, "--out", join(dir, "needs.json"));
    expect(synced.code).toBe(0);
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

  function cli(command: string, ...args: string[]) {
    const where = ["--graph", demo.server.baseUrl, "--site", demo.siteUrl, "--list", LIST_NAMES.intake];
    return runCli("--lang", "en", command, ...where, ...args);
  }
  const itemOf = (needId: string) =>
    [...demo.seeded.intake.items.values()].find((i) => i.fields["NeedId"] === needId);
  const planFile = (name: string, decisions: readonly object[]) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify({ decisions }));
    return file;
  };
  const stored = () => JSON.parse(readFileSync(state, "utf8")) as ListSyncState;

  it("a second publish does not overwrite the other person's value; take-ours writes ours", async () => {
    const [a, b] = [idOf(0), idOf(1)];
    demo.server.store.updateItem(demo.seeded.intake, itemOf(a)!.id, { Feedback: "Avklart med enheten" });
    demo.server.store.updateItem(demo.seeded.intake, itemOf(b)!.id, { Feedback: "Enheten trekker behovet" });
    const plan = planFile("plan.json", [
      { needId: a, decision: "include", feedback: "Med i planen" },
      { needId: b, decision: "defer", feedback: "Utsatt" },
    ]);
    const first = await cli("publish", "--state", state, "--plan", plan);
    expect(first.code).toBe(2);
    expect(first.err).toContain(`Conflict on need ${a}, field feedback`);
    expect(first.err).toContain(`publish --resolve keep-theirs|take-ours --need ${a}`);
    expect(itemOf(a)!.fields["Feedback"]).toBe("Avklart med enheten");
    expect(itemOf(a)!.fields["Decision"]).toBe("include"); // the field nobody else touched is merged
    expect(stored().conflicts?.map((c) => [c.needId, c.field])).toEqual([
      [a, "feedback"],
      [b, "feedback"],
    ]);

    const second = await cli("publish", "--state", state, "--plan", plan);
    expect(second.code).toBe(2);
    expect(second.err).toContain(`Conflict on need ${a}, field feedback`);
    expect(itemOf(a)!.fields["Feedback"]).toBe("Avklart med enheten");
    expect(itemOf(b)!.fields["Feedback"]).toBe("Enheten trekker behovet");

    const keep = await cli("publish", "--state", state, "--resolve", "keep-theirs", "--need", b);
    expect(keep.code).toBe(0);
    expect(keep.out).toContain(`Need ${b}, field feedback: the value “Enheten trekker behovet” stays`);
    const take = await cli("publish", "--state", state, "--resolve", "take-ours", "--need", a);
    expect(take.code).toBe(0);
    expect(take.out).toContain(`Need ${a}, field feedback: the plan's value “Med i planen” was written.`);
    expect(itemOf(a)!.fields["Feedback"]).toBe("Med i planen");

    // Settled both ways: the same plan again writes nothing over b, and a is unchanged.
    const third = await cli("publish", "--state", state, "--plan", plan);
    expect(third.code).toBe(0);
    expect(itemOf(b)!.fields["Feedback"]).toBe("Enheten trekker behovet");
    expect(itemOf(a)!.fields["Feedback"]).toBe("Med i planen");
    expect(stored().conflicts?.map((c) => [c.needId, c.resolution])).toEqual([[b, "keep-theirs"]]);
  });

  it("asks for exactly one of --plan, --retry-failed and --resolve", async () => {
    const none = await cli("publish", "--state", state);
    expect(none.code).toBe(2);
    expect(none.err).toContain("Give either --plan FILE, --retry-failed or --resolve keep-theirs|take-ours.");
    expect((await cli("publish", "--state", state, "--retry-failed", "--resolve", "take-ours")).code).toBe(2);
  });

  it("take-ours does not write when the field was changed yet again meanwhile", async () => {
    const c = idOf(2);
    demo.server.store.updateItem(demo.seeded.intake, itemOf(c)!.id, { Feedback: "Første svar" });
    const plan = planFile("plan-c.json", [{ needId: c, feedback: "Planens tekst" }]);
    expect((await cli("publish", "--state", state, "--plan", plan)).code).toBe(2);
    demo.server.store.updateItem(demo.seeded.intake, itemOf(c)!.id, { Feedback: "Andre svar" });
    const take = await cli("publish", "--state", state, "--resolve", "take-ours", "--need", c);
    expect(take.code).toBe(2);
    expect(take.out).toContain(`was changed again to “Andre svar” meanwhile`);
    expect(itemOf(c)!.fields["Feedback"]).toBe("Andre svar");
  });

  it("under sustained throttling, --retry-failed writes just the decisions not written", async () => {
    const ids = [3, 4, 5, 6].map(idOf);
    const plan = planFile(
      "plan-throttled.json",
      ids.map((needId) => ({ needId, decision: "include", feedback: `Skrevet ${needId}` })),
    );
    demo.server.faults.set({
      ...NO_FAULTS,
      rate: 1,
      kinds: ["429"],
      retryAfterSeconds: 0,
      onlyInBatch: true,
    });
    const throttled = await cli("publish", "--state", state, "--plan", plan);
    demo.server.faults.set(NO_FAULTS);
    expect(throttled.code).toBe(1);
    expect(throttled.out).toContain(
      "4 decisions were not written. Retry just those later: publish --retry-failed.",
    );
    expect(stored().failedDecisions?.map((d) => d.needId)).toEqual(ids);
    for (const id of ids) expect(itemOf(id)!.fields["Feedback"]).not.toBe(`Skrevet ${id}`);

    const retried = await cli("publish", "--state", state, "--retry-failed");
    expect(retried.code).toBe(0);
    expect(retried.out).toContain("4 written");
    for (const id of ids) expect(itemOf(id)!.fields["Feedback"]).toBe(`Skrevet ${id}`);
    expect(stored().failedDecisions).toBeUndefined();
    expect((await cli("publish", "--state", state, "--retry-failed")).out).toContain(
      "No decisions are waiting for a retry.",
    );
  });
});
