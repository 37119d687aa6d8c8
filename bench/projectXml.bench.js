// Benchmark: building the Project plan and writing it as Project XML (MSPDI) for 500 and 5,000
// needs (8 phases each), with the file size. Reference in the same run: JSON.stringify of the same
// plan model (what a plan.json of it costs), and the 5,000/500 ratio to show the scaling.
"use strict";
const { timeMedian, printTable } = require("./benchUtil");
const { buildProjectPlan } = require("../dist/node/domain/projectPlan/buildProjectPlan");
const { makeProjectCalendar, startAfterLag } = require("../dist/node/domain/projectPlan/projectCalendar");
const { writeMspdi } = require("../dist/node/adapters/mspdi/mspdiWriter");
const { projectFieldAliases, projectPlanLabels } = require("../dist/node/i18n/projectMessages");
const { DEFAULT_MAIN_CATEGORIES } = require("../dist/node/domain/model/organisation");
const { PHASES } = require("../dist/node/domain/scheduling/scheduleTypes");

const HOLIDAYS = [
  "2027-01-01",
  "2027-03-25",
  "2027-03-26",
  "2027-03-29",
  "2027-05-06",
  "2027-05-17",
  "2027-12-24",
];

/** A synthetic plan of `count` needs: leads per category, staggered starts, 8 phases of 5–24 days. */
function syntheticInput(count) {
  const calendar = makeProjectCalendar(HOLIDAYS);
  const categories = DEFAULT_MAIN_CATEGORIES.map((c) => c.id);
  const people = [
    ...Array.from({ length: 23 }, (_, i) => ({
      id: `lead-${i}`,
      name: `Leder ${i}`,
      role: "lead",
      category: categories[i % 3],
      availability: 1,
      absences: [],
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `law-${i}`,
      name: `Jurist ${i}`,
      role: "lawyer",
      availability: 1,
      absences: [],
    })),
  ];
  const needs = [];
  const schedule = [];
  const ranking = [];
  for (let n = 0; n < count; n += 1) {
    const id = `N-${String(n).padStart(5, "0")}`;
    const category = categories[n % 3];
    needs.push({
      id,
      title: `Anskaffelse ${n} av utstyr og tjenester`,
      description: `Beskrivelse av behov ${n}`,
      rationale: "Begrunnelse",
      unit: "oslo",
      contact: "kontakt@politiet.no",
      area: "Materiell",
      category,
      insightSource: "submission",
      deliveryTrack: "basis",
      contractType: "goods",
      estimatedValue: 1_000_000 + n,
      securityGraded: n % 17 === 0,
      fundingStatus: "funded",
      dependsOn: n % 50 === 49 ? [`N-${String(n - 1).padStart(5, "0")}`] : [],
      joint: { nordic: false, armedForces: false, sharedWithUnits: [] },
      complexity: "medium",
      scores: {},
      status: "planned",
    });
    const phases = [];
    let start = startAfterLag(calendar, "2027-01-15", n % 120);
    for (const [k, phase] of PHASES.entries()) {
      const days = 5 + ((n + k * 7) % 20);
      const finish = startAfterLag(calendar, start, days - 2);
      phases.push({ phase, start, finish, workingDays: days, leadLoad: 0.2, lawyerLoad: k === 2 ? 0.3 : 0 });
      start = startAfterLag(calendar, finish, k % 3);
    }
    const last = phases[phases.length - 1];
    schedule.push({
      needId: id,
      procedure: "open",
      leadId: `lead-${n % 23}`,
      lawyerId: `law-${n % 5}`,
      phases,
      start: phases[0].start,
      contractSigned: phases[6].finish,
      finish: last.finish,
      daysLate: 0,
    });
    ranking.push({
      needId: id,
      rank: n + 1,
      score: 5 - (4 * n) / count,
      breakdown: [],
      selected: true,
      reason: "selected",
    });
  }
  return {
    planYear: 2027,
    needs,
    schedule,
    ranking,
    people,
    categories: DEFAULT_MAIN_CATEGORIES,
    holidays: HOLIDAYS,
  };
}

async function main() {
  const labels = projectPlanLabels("nb", 2027);
  const fieldAliases = projectFieldAliases("nb");
  const rows = [];
  const results = {};
  for (const count of [500, 5000]) {
    const input = syntheticInput(count);
    const runs = count >= 5000 ? 3 : 5;
    const build = await timeMedian(
      () => buildProjectPlan(input, { redaction: { includeSecurityGraded: false }, labels }),
      runs,
    );
    const plan = build.result;
    const write = await timeMedian(() => writeMspdi(plan, { fieldAliases }), runs);
    const json = await timeMedian(() => JSON.stringify(plan), runs);
    const bytes = Buffer.byteLength(write.result, "utf8");
    const jsonBytes = Buffer.byteLength(json.result, "utf8");
    results[count] = { build: build.ms, write: write.ms, bytes };
    rows.push([
      count,
      plan.tasks.length,
      plan.assignments.length,
      build.ms.toFixed(1),
      write.ms.toFixed(1),
      (bytes / 1e6).toFixed(2),
      json.ms.toFixed(1),
      (jsonBytes / 1e6).toFixed(2),
      (write.ms / json.ms).toFixed(1),
      (bytes / jsonBytes).toFixed(2),
    ]);
  }
  printTable(
    [
      "needs",
      "tasks",
      "assignments",
      "build ms",
      "write ms",
      "XML MB",
      "JSON ms",
      "JSON MB",
      "write/JSON",
      "size/JSON",
    ],
    rows,
  );
  const r = (k) => (results[5000][k] / results[500][k]).toFixed(1);
  process.stdout.write(
    `5,000 vs 500 needs (10× the needs): build ×${r("build")}, write ×${r("write")}, size ×${r("bytes")}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
