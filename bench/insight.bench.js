// Benchmark of the insight analyses on the demo tenant (890 contracts, ~5 400 spend rows, 489 needs),
// each against a reference measured in the same run: intake validation of the same 500 records.
// Then the joint proposals' pair search on 5 000 different titles in one block (words of the demo's
// titles recombined) against comparing every two titles, the same pairs found by both.
"use strict";
const { generateDemoTenant } = require("../dist/node/demo/demoTenant");
const { validateNeeds } = require("../dist/node/domain/intake/validateNeeds");
const { DEFAULT_CRITERIA } = require("../dist/node/domain/prioritisation/defaultCriteria");
const { analyseContractExpiry, defaultHorizon } = require("../dist/node/domain/insight/contractExpiry");
const { analyseSpend } = require("../dist/node/domain/insight/spendCube");
const { proposeJointProcurements, similarPairs } = require("../dist/node/domain/insight/jointProcurement");
const { cosine, tfidfVectors } = require("../dist/node/domain/insight/textSimilarity");
const { defaultSchedulingConfig } = require("../dist/node/domain/scheduling/schedulingConfig");
const { timeMedian, printTable } = require("./benchUtil");

const tenant = generateDemoTenant();
const ctx = {
  config: tenant.config,
  criteriaIds: DEFAULT_CRITERIA.map((c) => c.id),
  contractIds: new Set(tenant.contracts.map((c) => c.id)),
};
const needs = validateNeeds(tenant.needs, ctx).accepted;
const scheduling = defaultSchedulingConfig();

(async () => {
  const ref = await timeMedian(() => validateNeeds(tenant.needs, ctx));
  const cases = [
    [
      "contract expiry (890 contracts)",
      () =>
        analyseContractExpiry({
          contracts: tenant.contracts,
          needs,
          scheduling,
          thresholds: tenant.config.thresholds,
          horizon: defaultHorizon(tenant.config.planYear, tenant.config.planStart),
        }),
    ],
    [
      `spend cube (${tenant.spend.length} rows)`,
      () =>
        analyseSpend(tenant.spend, tenant.contracts, {
          thresholds: tenant.config.thresholds,
          date: tenant.config.planStart,
        }),
    ],
    [`joint procurements (${needs.length} needs)`, () => proposeJointProcurements(needs)],
  ];
  const rows = [["intake of 500 records (reference)", ref.ms.toFixed(1), "1.0"]];
  for (const [name, fn] of cases) {
    const t = await timeMedian(fn);
    rows.push([name, t.ms.toFixed(1), (t.ms / ref.ms).toFixed(1)]);
  }
  printTable(["analysis", "median ms", "× intake"], rows);
  pairSearch();
})();

/** 5 000 titles of three words from the demo's titles and a number, deterministic. */
function distinctTitles(n) {
  const words = [...new Set(needs.flatMap((x) => x.title.split(/\s+/u)).filter((w) => w.length > 2))].sort();
  let seed = 2027;
  const pick = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return words[seed % words.length];
  };
  return Array.from({ length: n }, (_, i) => `${pick()} ${pick()} ${pick()} ${i}`);
}

/** similarPairs against comparing every two, on the same vectors. */
function pairSearch() {
  const vectors = tfidfVectors(distinctTitles(5000));
  let t = performance.now();
  const found = similarPairs(vectors, 0.4);
  const indexedMs = performance.now() - t;
  t = performance.now();
  let every = 0;
  for (let a = 0; a < vectors.length; a += 1)
    for (let b = a + 1; b < vectors.length; b += 1) if (cosine(vectors[a], vectors[b]) >= 0.4) every += 1;
  const allMs = performance.now() - t;
  printTable(
    ["pair search, 5 000 titles in one block", "ms", "pairs", "every two / indexed"],
    [
      ["compare every two (reference)", allMs.toFixed(0), every, "1.0"],
      ["n-gram index (similarPairs)", indexedMs.toFixed(0), found.length, (allMs / indexedMs).toFixed(1)],
    ],
  );
}
