/**
 * `anskaffelsesplan doctor` end to end over HTTPS against the demo Graph server: a healthy site is
 * reported healthy (exit 0); a removed list, a renamed column, a column of the wrong type, a token
 * that may only read (the server answers its writes 403) and a plan-year record of an unknown
 * schema version are each reported with the right advice (exit 1). The write probe changes nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { generateDemoTenant } from "../../src/demo/demoTenant";
import { DEFAULT_CRITERIA } from "../../src/domain/prioritisation/defaultCriteria";
import { PLAN_YEAR_SCHEMA_VERSION } from "../../src/domain/planYear/planYearTypes";
import { newPlanYearRecord } from "../../src/domain/planYear/planYearDefaults";
import { createPlanningLists } from "../../src/application/sharepoint/setupLists";
import { LIST_NAMES } from "../../src/application/sharepoint/listSchemas";
import { GraphListGateway } from "../../src/adapters/graph/graphListGateway";
import { createGraphClient } from "../../src/adapters/graph/graphClientFactory";
import { createNodeHttpsFetch } from "../../src/adapters/graph/nodeHttpsFetch";
import {
  generateLoopbackCertificate,
  type ServerCertificate,
} from "../../src/adapters/graphServer/certificate";
import { DEMO_SITE_URL, seedDemoSite, type SeededSite } from "../../src/adapters/graphServer/demoSeed";
import { startGraphServer, type RunningGraphServer } from "../../src/adapters/graphServer/graphServer";
import { SharePointStore, type StoredList } from "../../src/adapters/graphServer/sharePointStore";

const PLAN_YEAR = 2027;
/** An unsigned JWT with the given claims (the health check reads claims, it does not verify). */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.signature`;
}
const exp = Math.floor(Date.now() / 1000) + 3600;
const WRITER = jwt({ scp: "User.Read Sites.ReadWrite.All", upn: "koordinator@politiet.no", exp });
const READER = jwt({ scp: "User.Read Sites.Read.All", upn: "leser@politiet.no", exp });

const input = generateDemoTenant();
const dir = mkdtempSync(join(tmpdir(), "doctor-"));
const caFile = join(dir, "ca.pem");
let certificate: ServerCertificate;
let running: { server: RunningGraphServer; seeded: SeededSite } | undefined;

beforeAll(async () => {
  certificate = await generateLoopbackCertificate();
  writeFileSync(caFile, certificate.cert);
});

afterEach(async () => {
  await running?.server.close();
  running = undefined;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A healthy demo site: the seeded lists, the feedback list, and a current plan-year record. */
async function healthySite(): Promise<{ server: RunningGraphServer; seeded: SeededSite }> {
  const store = new SharePointStore();
  const seeded = seedDemoSite(
    store,
    input,
    DEFAULT_CRITERIA.map((c) => c.id),
  );
  const server = await startGraphServer({ store, certificate, tokens: [WRITER], readOnlyTokens: [READER] });
  const fetch = createNodeHttpsFetch({ ca: certificate.cert });
  const client = createGraphClient({ baseUrl: server.baseUrl, getToken: async () => WRITER, fetch });
  await createPlanningLists(
    new GraphListGateway(client),
    DEMO_SITE_URL,
    input.config,
    DEFAULT_CRITERIA.map((c) => c.id),
  );
  fetch.close();
  store.saveFile(
    seeded.site,
    `Anskaffelsesplan/${PLAN_YEAR}/plan-year.json`,
    JSON.stringify(
      newPlanYearRecord(PLAN_YEAR, { by: "koordinator@politiet.no", at: "2026-09-01T08:00:00.000Z" }),
    ),
    "application/json",
  );
  running = { server, seeded };
  return running;
}

/** Runs the CLI's doctor command; returns the exit code and the output. */
async function doctor(
  server: RunningGraphServer,
  token: string,
  lang = "en",
): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const previous = { token: process.env.ANSKAFFELSESPLAN_TOKEN, ca: process.env.ANSKAFFELSESPLAN_CA };
  process.env.ANSKAFFELSESPLAN_TOKEN = token;
  process.env.ANSKAFFELSESPLAN_CA = caFile;
  try {
    const code = await main(
      [
        "node",
        "anskaffelsesplan",
        "--lang",
        lang,
        "doctor",
        "--graph",
        server.baseUrl,
        "--site",
        DEMO_SITE_URL,
        "--plan-year",
        String(PLAN_YEAR),
      ],
      { out: (t) => lines.push(t), err: (t) => lines.push(t) },
    );
    return { code, output: lines.join("\n") };
  } finally {
    for (const [key, value] of [
      ["ANSKAFFELSESPLAN_TOKEN", previous.token],
      ["ANSKAFFELSESPLAN_CA", previous.ca],
    ] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
}

function versionsOf(list: StoredList): string {
  return [...list.items.values()].map((i) => `${i.id}:${i.version}`).join(",");
}

/** The line after the finding that contains `text` (its advice). */
function adviceAfter(output: string, text: string): string {
  const lines = output.split("\n");
  const index = lines.findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`no finding with "${text}" in:\n${output}`);
  return lines[index + 1] ?? "";
}

describe("doctor against the demo Graph server", () => {
  it("reports a healthy site as healthy, and its write probe changes nothing", async () => {
    const { server, seeded } = await healthySite();
    const before = versionsOf(seeded.intake);
    const { code, output } = await doctor(server, WRITER);
    expect(output).toContain(
      "[OK] Signed in as koordinator@politiet.no; permissions: User.Read Sites.ReadWrite.All.",
    );
    expect(output).toContain(`[OK] The list “${LIST_NAMES.intake}” exists;`);
    expect(output).toContain(`[OK] The list “${LIST_NAMES.people}” exists;`);
    expect(output).toContain("[OK] Write access to “Anskaffelsesbehov” confirmed without changing anything");
    expect(output).toContain("[OK] The document library “Documents” is reachable.");
    expect(output).toContain(
      `[OK] The plan-year record for ${PLAN_YEAR} exists and has schema version ${PLAN_YEAR_SCHEMA_VERSION}.`,
    );
    expect(output).not.toMatch(/\[(ERROR|WARNING)\]/);
    expect(output).toContain("All good: the add-in can be used");
    expect(code).toBe(0);
    expect(versionsOf(seeded.intake)).toBe(before);
  });

  it("reports a removed list with what to do", async () => {
    const { server, seeded } = await healthySite();
    seeded.site.lists.delete(seeded.intake.id);
    const { code, output } = await doctor(server, WRITER);
    expect(output).toContain(`[ERROR] The list “${LIST_NAMES.intake}” (intake) is not on the site.`);
    expect(adviceAfter(output, `“${LIST_NAMES.intake}” (intake)`)).toContain(
      "anskaffelsesplan setup-lists --graph URL --site URL",
    );
    expect(adviceAfter(output, `“${LIST_NAMES.intake}” (intake)`)).toContain("(--list)");
    expect(output).toContain("The add-in cannot be used as things stand: 1 error,");
    expect(code).toBe(1);
  });

  it("reports a renamed column and a column of the wrong type, each with its advice", async () => {
    const { server, seeded } = await healthySite();
    const columns = seeded.intake.columns;
    const value = columns.findIndex((c) => c.name === "EstimatedValue");
    const rank = columns.findIndex((c) => c.name === "Rank");
    columns[value] = { ...(columns[value] as (typeof columns)[number]), name: "Verdi" };
    columns[rank] = { ...(columns[rank] as (typeof columns)[number]), kind: "boolean" };
    const { code, output } = await doctor(server, WRITER);
    expect(output).toContain(
      "[ERROR] The list “Anskaffelsesbehov” has no column EstimatedValue (field estimatedValue).",
    );
    expect(adviceAfter(output, "no column EstimatedValue")).toContain(
      "anskaffelsesplan map-list --list “Anskaffelsesbehov”",
    );
    expect(output).toContain(
      "[ERROR] The column Rank in “Anskaffelsesbehov” is of type boolean, but the add-in expects number.",
    );
    expect(adviceAfter(output, "The column Rank")).toContain("Change the column's type to number");
    expect(code).toBe(1);
  });

  it("reports a token that may only read, from its scopes and from the refused write", async () => {
    const { server, seeded } = await healthySite();
    const before = versionsOf(seeded.intake);
    const { code, output } = await doctor(server, READER);
    expect(output).toContain("[ERROR] The token only allows reading (User.Read Sites.Read.All)");
    expect(adviceAfter(output, "only allows reading")).toContain("Sites.Selected");
    expect(output).toContain("[ERROR] No write access to “Anskaffelsesbehov” (HTTP 403).");
    expect(adviceAfter(output, "No write access")).toContain("Give the user Edit on the site");
    expect(code).toBe(1);
    expect(versionsOf(seeded.intake)).toBe(before);
  });

  it("reports a plan-year record of an unknown schema version, in bokmål too", async () => {
    const { server, seeded } = await healthySite();
    running?.server.store.saveFile(
      seeded.site,
      `Anskaffelsesplan/${PLAN_YEAR}/plan-year.json`,
      JSON.stringify({ schemaVersion: PLAN_YEAR_SCHEMA_VERSION + 98 }),
      "application/json",
    );
    const en = await doctor(server, WRITER);
    expect(en.output).toContain(
      `[ERROR] The plan-year record for ${PLAN_YEAR} has schema version ${PLAN_YEAR_SCHEMA_VERSION + 98}; this release of the add-in knows version ${PLAN_YEAR_SCHEMA_VERSION}.`,
    );
    expect(adviceAfter(en.output, "has schema version")).toContain(
      "Update the add-in to the release that wrote the record",
    );
    expect(en.code).toBe(1);
    const nb = await doctor(server, WRITER, "nb");
    expect(nb.output).toContain(
      `[FEIL] Planårsposten for ${PLAN_YEAR} har skjemaversjon ${PLAN_YEAR_SCHEMA_VERSION + 98}`,
    );
    expect(adviceAfter(nb.output, "har skjemaversjon")).toContain("Oppdater tillegget");
    expect(nb.code).toBe(1);
  });
});
