// Excel workspace benchmark: Office.js syncs and request payloads for 500 and 5,000 needs (against a
// counting fake context), and .xlsx write time (against exceljs writing the same values bare).
"use strict";
const ExcelJS = require("exceljs");
const { timeMedian, printTable } = require("./benchUtil");
const { buildWorkbook } = require("../dist/node/application/workbook/buildWorkbook");
const { writeWorkbookModel } = require("../dist/node/adapters/excel/writeWorkbook");
const { FULL_SUPPORT } = require("../dist/node/adapters/excel/requirements");
const { writeXlsx } = require("../dist/node/adapters/xlsx/writeXlsx");
const { DEFAULT_CRITERIA } = require("../dist/node/domain/prioritisation/defaultCriteria");
const { DEFAULT_MAIN_CATEGORIES, POLICE_DISTRICTS } = require("../dist/node/domain/model/organisation");
const { addDays } = require("../dist/node/domain/time/isoDate");
const { editStateOf } = require("../dist/node/application/workbook/readBack");

/**
 * A context that accepts every Office.js call and counts syncs: an empty workbook (no sheets,
 * tables or link of ours, so every probe is a null object and every collection empty).
 */
function countingContext() {
  let syncs = 0;
  const anything = () =>
    new Proxy(function () {}, {
      get: (_t, prop) => {
        if (prop === "then") return undefined;
        if (prop === "items") return [];
        if (prop === "isNullObject") return true;
        return anything();
      },
      set: () => true,
      apply: () => anything(),
    });
  const context = new Proxy(
    {},
    {
      get: (_t, prop) => {
        if (prop === "sync") return async () => void (syncs += 1);
        if (prop === "then") return undefined;
        return anything();
      },
    },
  );
  return { context, syncs: () => syncs };
}

function input(n) {
  const needs = Array.from({ length: n }, (_, i) => {
    const cat = DEFAULT_MAIN_CATEGORIES[i % 3];
    const scores = Object.fromEntries(DEFAULT_CRITERIA.map((c, k) => [c.id, 1 + ((i * 7 + k * 3) % 5)]));
    return {
      id: `B-${String(i + 1).padStart(5, "0")}`,
      title: `Anskaffelse av utstyr nummer ${i + 1} for politidistriktet`,
      description: "Beskrivelse",
      rationale: "Begrunnelse",
      unit: POLICE_DISTRICTS[i % 12].id,
      contact: "kontakt@politiet.no",
      area: "Materiell",
      category: cat.id,
      subcategory: cat.subcategories[i % cat.subcategories.length].id,
      insightSource: "submission",
      deliveryTrack: "basis",
      contractType: "goods",
      estimatedValue: 200_000 + (i % 50) * 100_000,
      neededBy: "2027-10-01",
      securityGraded: i % 25 === 0,
      fundingStatus: "funded",
      dependsOn: [],
      joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
      complexity: "medium",
      scores,
      status: "submitted",
    };
  });
  const scored = needs
    .map((n) => ({ n, s: DEFAULT_CRITERIA.reduce((t, c) => t + c.weight * n.scores[c.id], 0) / 100 }))
    .sort((a, b) => b.s - a.s || (a.n.id < b.n.id ? -1 : 1));
  const people = [
    ...Array.from({ length: 23 }, (_, i) => ({
      id: `L${i}`,
      name: `Leder ${i}`,
      role: "lead",
      availability: 1,
      absences: [],
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `J${i}`,
      name: `Jurist ${i}`,
      role: "lawyer",
      availability: 1,
      absences: [],
    })),
  ];
  return {
    plan: {
      schemaVersion: 1,
      planYear: 2027,
      counts: { received: n, accepted: n, rejected: 0 },
      needs: needs.map((need, i) => ({
        id: need.id,
        row: i + 1,
        status: "accepted",
        need,
        redacted: false,
        errors: [],
      })),
      redaction: { includeSecurityGraded: false, redactedCount: 0 },
    },
    criteria: DEFAULT_CRITERIA,
    ranking: scored.map(({ n, s }, i) => ({
      needId: n.id,
      rank: i + 1,
      score: s,
      breakdown: [],
      selected: i < n / 2,
      reason: i < n / 2 ? "selected" : "budget",
    })),
    forced: [],
    schedule: needs.map((n, i) => {
      const start = addDays("2027-01-18", (i % 40) * 7);
      return {
        needId: n.id,
        procedure: "open",
        leadId: `L${i % 23}`,
        lawyerId: `J${i % 5}`,
        phases: [
          {
            phase: "preparation",
            start,
            finish: addDays(start, 60),
            workingDays: 43,
            leadLoad: 0.2,
            lawyerLoad: 0.05,
          },
        ],
        start,
        contractSigned: addDays(start, 60),
        finish: addDays(start, 90),
        daysLate: 0,
      };
    }),
    people,
    units: POLICE_DISTRICTS,
    mainCategories: DEFAULT_MAIN_CATEGORIES,
    budget: 500_000_000,
    capacityWeeks: 1000,
    notes: {},
    feedback: {},
  };
}

/** Reference: exceljs writing the same cell values with no formats, validations, tables or chart. */
async function bareXlsx(model) {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const b of sheet.blocks)
      b.cells.forEach((line, r) =>
        line.forEach((c, k) => {
          if (c)
            ws.getCell(b.row + r, b.col + k).value = c.kind === "formula" ? { formula: c.formula } : c.value;
        }),
      );
  }
  return wb.xlsx.writeBuffer();
}

async function main() {
  const options = { locale: "nb", redaction: { includeSecurityGraded: false } };
  const rows = [];
  for (const n of [500, 5000]) {
    const data = input(n);
    const build = await timeMedian(() => buildWorkbook(data, options), n > 1000 ? 3 : 5);
    const model = build.result;
    const fake = countingContext();
    const t0 = performance.now();
    const link = {
      planYear: 2027,
      writtenAt: new Date().toISOString(),
      sheets: model.sheets.map((s) => s.name),
      layout: model.layout,
      state: editStateOf(data),
      scoreOverrides: {},
    };
    const stats = await writeWorkbookModel(fake.context, model, { support: FULL_SUPPORT, link });
    const officeMs = performance.now() - t0;
    const total = stats.batchBytes.reduce((s, b) => s + b, 0);
    const xlsx = await timeMedian(() => writeXlsx(model), n > 1000 ? 2 : 3);
    const bare = await timeMedian(() => bareXlsx(model), n > 1000 ? 2 : 3);
    rows.push([
      n,
      build.ms.toFixed(0),
      stats.syncs,
      `${(n / stats.syncs).toFixed(0)}x`,
      (total / 1e6).toFixed(2),
      (Math.max(...stats.batchBytes) / 1e6).toFixed(2),
      officeMs.toFixed(0),
      xlsx.ms.toFixed(0),
      (xlsx.result.length / 1e6).toFixed(2),
      bare.ms.toFixed(0),
      (xlsx.ms / bare.ms).toFixed(2),
    ]);
  }
  printTable(
    [
      "needs",
      "model ms",
      "syncs",
      "vs 1 sync/row",
      "payload MB",
      "max request MB",
      "queue ms",
      "xlsx ms",
      "xlsx MB",
      "bare exceljs ms",
      "xlsx/bare",
    ],
    rows,
  );
  process.stdout.write(
    "payload = estimated JSON bytes of all queued writes; limit per request 4 MB (Excel on the web: 5 MB)\n",
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
