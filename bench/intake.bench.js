// Benchmark of intake validation: 500, 5,000 and 50,000 raw needs (demo records with fresh ids),
// against a reference measured in the same run: a JSON round trip of the same records.
"use strict";
const { generateDemoTenant } = require("../dist/node/demo/demoTenant");
const { validateNeeds } = require("../dist/node/domain/intake/validateNeeds");
const { DEFAULT_CRITERIA } = require("../dist/node/domain/prioritisation/defaultCriteria");
const { timeMedian, printTable } = require("./benchUtil");

const tenant = generateDemoTenant();
const ctx = {
  config: tenant.config,
  criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
  contractIds: new Set(tenant.contracts.map((c) => c.id)),
};

function records(n) {
  const out = [];
  for (let i = 0; out.length < n; i += 1) {
    const copy = Math.floor(i / tenant.needs.length);
    const r = tenant.needs[i % tenant.needs.length];
    const suffix = copy === 0 ? "" : `-${copy}`;
    const deps =
      typeof r.dependsOn === "string" && r.dependsOn
        ? r.dependsOn
            .split(";")
            .map((d) => `${d.trim()}${suffix}`)
            .join(";")
        : r.dependsOn;
    out.push({ ...r, id: `${r.id}${suffix}`, dependsOn: deps });
  }
  return out;
}

(async () => {
  const rows = [];
  for (const n of [500, 5000, 50000]) {
    const recs = records(n);
    const runs = n >= 50000 ? 3 : 5;
    const v = await timeMedian(() => validateNeeds(recs, ctx), runs);
    const ref = await timeMedian(() => JSON.parse(JSON.stringify(recs)), runs);
    const res = v.result;
    rows.push([
      n,
      res.accepted.length,
      res.rejected.length,
      v.ms.toFixed(1),
      ref.ms.toFixed(1),
      (v.ms / ref.ms).toFixed(2),
    ]);
  }
  printTable(["needs", "accepted", "rejected", "validate ms", "JSON round trip ms", "ratio"], rows);
})();
