// Benchmark of the SharePoint sync and write-back over real HTTPS against the Graph-compatible demo
// server on loopback: requests and time of a full sync of 1 000 / 10 000 / 50 000 items (page size
// 5 000, against a reference service that accepts only 200 per page), of a delta with no change
// (must be 1 request), of writing back 500 decisions (must be ≤ 25 $batch calls), and of publishing
// 500 items to the feedback list (new, then unchanged: reads only).
"use strict";
const { timeMedian, printTable } = require("./benchUtil");
const dist = "../dist/node";
const { SharePointStore } = require(`${dist}/adapters/graphServer/sharePointStore`);
const { startGraphServer, DEMO_TOKEN } = require(`${dist}/adapters/graphServer/graphServer`);
const { createGraphClient } = require(`${dist}/adapters/graph/graphClientFactory`);
const { createNodeHttpsFetch } = require(`${dist}/adapters/graph/nodeHttpsFetch`);
const { GraphListGateway } = require(`${dist}/adapters/graph/graphListGateway`);
const { syncList } = require(`${dist}/application/sharepoint/syncList`);
const { publishDecisions } = require(`${dist}/application/sharepoint/publishDecisions`);
const { defaultFieldMapping, feedbackListDefinition, intakeListDefinition } = require(
  `${dist}/application/sharepoint/listSchemas`,
);
const { publishFeedbackList } = require(`${dist}/application/sharepoint/feedbackList`);
const { instantOfLocalMidnight } = require(`${dist}/application/sharepoint/zonedDates`);
const { defaultPlanConfig } = require(`${dist}/domain/model/defaults`);
const { DEFAULT_CRITERIA } = require(`${dist}/domain/prioritisation/defaultCriteria`);

const SITE_URL = "https://politiet.sharepoint.com/sites/bench";
const CRITERIA = DEFAULT_CRITERIA.map((c) => c.id);
const MAPPING = defaultFieldMapping(CRITERIA);

function buildStore(count) {
  const store = new SharePointStore();
  const site = store.addSite("politiet.sharepoint.com", "sites/bench", "Bench");
  const list = store.createList(site, intakeListDefinition(defaultPlanConfig(2027), CRITERIA));
  const units = ["oslo", "vest", "kripos", "agder", "troms"];
  for (let n = 1; n <= count; n += 1) {
    store.addItem(list, {
      Title: `Behov ${n}`,
      NeedId: `B-${n}`,
      Description: `Beskrivelse av behov ${n} med litt tekst som en enhet ville skrevet.`,
      Unit: units[n % units.length],
      Area: "IKT",
      Category: "ikt",
      DeliveryTrack: "basis",
      ContractType: "services",
      EstimatedValue: 100000 + n,
      NeededBy: instantOfLocalMidnight("2027-06-01"),
      SecurityGraded: n % 10 === 0,
      Status: "submitted",
      ScoreReach: 1 + (n % 5),
    });
  }
  return { store, list };
}

class MemoryState {
  async load() {
    return this.state;
  }
  async save(state) {
    this.state = state;
  }
}

async function connect(store, maxPageSize) {
  const server = await startGraphServer({ store, maxPageSize, defaultPageSize: 200 });
  const fetch = createNodeHttpsFetch({ ca: server.certificate.cert });
  const gateway = new GraphListGateway(
    createGraphClient({ baseUrl: server.baseUrl, getToken: async () => DEMO_TOKEN, fetch }),
  );
  return { server, gateway, close: async () => (fetch.close(), server.close()) };
}

function request(server) {
  return { graphBaseUrl: server.baseUrl, siteUrl: SITE_URL, listName: "Anskaffelsesbehov", mapping: MAPPING };
}

async function main() {
  const rows = [];
  for (const count of [1000, 10000, 50000]) {
    const { store } = buildStore(count);
    const runs = count >= 50000 ? 1 : 3;
    const results = {};
    for (const [label, maxPageSize] of [
      ["ours", 5000],
      ["ref", 200],
    ]) {
      const conn = await connect(store, maxPageSize);
      let requests = 0;
      const { ms, result } = await timeMedian(
        async () => {
          conn.server.resetStats();
          const out = await syncList(
            { gateway: conn.gateway, store: new MemoryState() },
            { ...request(conn.server), mode: "full" },
          );
          requests = conn.server.stats.requests;
          return out;
        },
        runs,
        count < 50000,
      );
      if (result.records.length !== count) throw new Error(`synced ${result.records.length} of ${count}`);
      results[label] = { ms, requests };
      await conn.close();
    }
    rows.push([
      `full sync ${count}`,
      results.ours.requests,
      results.ours.ms.toFixed(0),
      results.ref.requests,
      results.ref.ms.toFixed(0),
      (results.ref.ms / results.ours.ms).toFixed(2),
    ]);
  }

  // Delta with no change: one request.
  {
    const { store } = buildStore(10000);
    const conn = await connect(store, 5000);
    const state = new MemoryState();
    await syncList({ gateway: conn.gateway, store: state }, request(conn.server));
    conn.server.resetStats();
    const { ms } = await timeMedian(async () => {
      const before = conn.server.stats.requests;
      const out = await syncList({ gateway: conn.gateway, store: state }, request(conn.server));
      if (out.mode !== "delta" || conn.server.stats.requests - before !== 1)
        throw new Error("a delta with no change must be 1 request");
    }, 5);
    const perRun = conn.server.stats.requests / 6;
    rows.push(["delta, no change (10 000)", perRun, ms.toFixed(1), "-", "-", "-"]);
    await conn.close();
  }

  // Write-back of 500 decisions.
  {
    const { store } = buildStore(500);
    const conn = await connect(store, 5000);
    const state = new MemoryState();
    await syncList({ gateway: conn.gateway, store: state }, request(conn.server));
    conn.server.resetStats();
    const decisions = Array.from({ length: 500 }, (_, i) => ({
      needId: `B-${i + 1}`,
      values: {
        status: "planned",
        rank: i + 1,
        decision: "include",
        plannedStart: "2027-03-01",
        plannedFinish: "2027-09-30",
        feedback: `Prioritert som nr. ${i + 1}`,
      },
    }));
    const t0 = performance.now();
    const report = await publishDecisions({ gateway: conn.gateway, store: state }, decisions);
    const ms = performance.now() - t0;
    const batches = conn.server.stats.batches;
    if (report.written.length !== 500) throw new Error(`wrote ${report.written.length} of 500`);
    if (batches > 25) throw new Error(`${batches} batch calls for 500 decisions (limit 25)`);
    rows.push(["write-back 500 decisions", `${batches} batches`, ms.toFixed(0), "-", "-", "-"]);
    await conn.close();
  }

  // Feedback list: 500 new items, then a second publish with nothing changed (reads only).
  {
    const { store } = buildStore(0);
    const site = store.findSite("politiet.sharepoint.com", "sites/bench");
    store.createList(site, feedbackListDefinition(defaultPlanConfig(2027)));
    const conn = await connect(store, 5000);
    const entries = Array.from({ length: 500 }, (_, i) => ({
      needId: `B-${i + 1}`,
      title: `Behov ${i + 1}`,
      unit: "oslo",
      decision: "include",
      feedback: `Behovet er med i planen (rangert ${i + 1}).`,
    }));
    const publish = () =>
      publishFeedbackList(
        { gateway: conn.gateway },
        { siteUrl: SITE_URL, listName: "Tilbakemeldinger", planYear: 2027, entries },
      );
    for (const label of ["feedback list, 500 new", "feedback list, unchanged"]) {
      conn.server.resetStats();
      const t0 = performance.now();
      const report = await publish();
      const ms = performance.now() - t0;
      const expected = label.endsWith("new") ? report.created.length : report.unchanged.length;
      if (expected !== 500) throw new Error(`${label}: ${expected} of 500`);
      const { requests, batches } = conn.server.stats;
      rows.push([label, `${requests} (${batches} batches)`, ms.toFixed(0), "-", "-", "-"]);
    }
    await conn.close();
  }

  printTable(["operation", "requests", "ms", "ref requests (page 200)", "ref ms", "ref/ours time"], rows);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
