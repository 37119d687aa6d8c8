// Benchmark of the insight analyses on the demo tenant (890 contracts, ~5 400 spend rows, 489 needs),
// each against a reference measured in the same run: intake validation of the same 500 records.
"use strict";
const { generateDemoTenant } = require("../dist/node/demo/demoTenant");
const { validateNeeds } = require("../dist/node/domain/intake/validateNeeds");
const { DEFAULT_CRITERIA } = require("../dist/node/domain/prioritisation/defaultCriteria");
const { analyseContractExpiry, defaultHorizon } = require("../dist/node/domain/insight/contractExpiry");
const { analyseSpend } = require("../dist/node/domain/insight/spendCube");
const { proposeJointProcurements } = require("../dist/node/domain/insight/jointProcurement");
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
})();
