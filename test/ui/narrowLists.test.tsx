// The needs list and the ranking as the pane renders them (server-side render): one table row per
// need whatever the width (two-line rows in a narrow pane come from CSS), every column there for
// screen readers, rejected needs showing what was submitted (never graded text) with their errors,
// and the ranking's score, in/out, contract date and days late in each row.
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { NeedsTable } from "../../src/taskpane/components/NeedsTable";
import { RankingTable } from "../../src/taskpane/components/RankingTable";
import { messagesFor } from "../../src/taskpane/messages";
import type { PlanResult } from "../../src/application/planResult";
import { aFieldError, aNeed, anAcceptedEntry, aRejectedEntry } from "./fixtures/planEntries";
import { handPlan } from "../builders/handPlan";

const render = (element: ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const rows = (html: string) => html.match(/role="row"/g)?.length ?? 0;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/[\u00a0\u202f]/g, " ");

describe("NeedsTable", () => {
  const accepted = anAcceptedEntry(aNeed(), 1);
  const rejected = {
    ...aRejectedEntry("B-0002", 2, [
      aFieldError("B-0002", 2, "estimatedValue", "Ugyldig beløp", "Bad amount"),
    ]),
    submitted: { title: "Droner til søk", unit: "oslo", estimatedValue: "mye", neededBy: "31.02.2027" },
  };
  const gradedRejected = {
    ...aRejectedEntry("B-0003", 3, [aFieldError("B-0003", 3, "neededBy", "Ugyldig dato", "Bad date")]),
    submitted: { unit: "kripos", estimatedValue: "2 000 000" },
  };

  it("shows every need in one row with its status, value, date and unit, in bokmål", () => {
    const html = render(<NeedsTable entries={[accepted, rejected]} locale="nb" t={messagesFor("nb")} />);
    expect(html).toContain('role="table"');
    expect(html).toContain('aria-label="Behov"');
    expect(rows(html)).toBe(3);
    const shown = text(html);
    for (const part of ["B-0001", "Nye patruljebiler", "Godkjent", "1 500 000 kr", "30.06.2027", "Avvist"])
      expect(shown).toContain(part);
    for (const header of ["ID", "Tittel", "Status", "Estimert verdi", "Behov innen", "Enhet", "Område"])
      expect(html).toContain(`>${header}<`);
  });

  it("shows what a rejected need submitted, with its errors, and nothing for graded text", () => {
    const html = render(
      <NeedsTable entries={[rejected, gradedRejected]} locale="en" t={messagesFor("en")} />,
    );
    const shown = text(html);
    for (const part of ["Droner til søk", "mye", "31.02.2027", "Oslo", "Bad amount", "2 000 000", "Bad date"])
      expect(shown).toContain(part);
    expect(html).toContain('aria-label="Errors in need B-0003"');
    expect(shown).not.toContain("–");
  });

  it("opens a need's details from its id (the button says so) ", () => {
    const html = render(<NeedsTable entries={[accepted]} locale="nb" t={messagesFor("nb")} />);
    expect(html).toMatch(
      /<button[^>]*aria-haspopup="dialog"[^>]*title="Vis detaljer for B-0001"[^>]*>B-0001/,
    );
  });
});

describe("RankingTable", () => {
  function rankedPlan(): PlanResult {
    const base = handPlan(2027, [
      { id: "N-1", rank: 1, include: true, start: "2027-02-01", finish: "2027-05-03", daysLate: 12 },
      { id: "N-2", rank: 2, include: false, reason: "budget" },
    ]);
    const explanation = [
      { code: "explain-rank", params: {}, message: { nb: "Rangert 1.", en: "Ranked 1." } },
    ];
    const result = base.prioritisation?.result;
    return {
      ...base,
      schedule: { ...base.schedule, metrics: { lateCount: 1, scheduledCount: 1 } },
      prioritisation: {
        ...base.prioritisation,
        result: {
          ...result,
          selection: { selectedCount: 1, totalScore: 4.2, status: "optimal" },
          ranking: (result?.ranking ?? []).map((r, i) => ({ ...r, score: i === 0 ? 4.2 : 3, explanation })),
        },
      },
    } as unknown as PlanResult;
  }

  it("shows rank, need, score, in/out with the reason, contract date and days late in each row", () => {
    const html = render(<RankingTable plan={rankedPlan()} locale="nb" t={messagesFor("nb")} />);
    expect(html).toContain('aria-label="Prioritering"');
    expect(rows(html)).toBe(3);
    const shown = text(html);
    for (const part of [
      "N-1 Behov N-1",
      "4,20",
      "Med",
      "03.05.2027",
      "12 dager for sent",
      "Ikke med",
      "budsjett",
    ])
      expect(shown).toContain(part);
    expect(shown).toContain("Hvorfor?");
    expect(shown).toContain("Rangert 1.");
  });

  it("says one day late in the singular", () => {
    const plan = rankedPlan();
    const scheduled = plan.schedule.scheduled.map((s) => ({ ...s, daysLate: 1 }));
    const html = render(
      <RankingTable
        plan={{ ...plan, schedule: { ...plan.schedule, scheduled } }}
        locale="en"
        t={messagesFor("en")}
      />,
    );
    expect(text(html)).toContain("1 day late");
  });
});
