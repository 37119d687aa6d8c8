// Filtering the needs list by status and free text (id, title, unit name, area, submitted values, errors).
import { filterNeeds } from "../../src/taskpane/needsFilter";
import { aFieldError, aNeed, aRejectedEntry, anAcceptedEntry } from "./fixtures/planEntries";

const cars = anAcceptedEntry(aNeed({ id: "B-0001", title: "Nye patruljebiler", unit: "oslo" }), 1);
const licences = anAcceptedEntry(
  aNeed({ id: "B-0002", title: "Lisenser saksbehandling", unit: "pit", area: "Eiendom" }),
  2,
);
const graded = anAcceptedEntry(
  aNeed({ id: "B-0003", title: "[SKJERMET] B-0003", unit: "kripos", securityGraded: true }),
  3,
  true,
);
const broken = aRejectedEntry("B-0004", 4, [
  aFieldError("B-0004", 4, "estimatedValue", "«mye» er ikke et tall.", '"mye" is not a number.'),
]);
const entries = [cars, licences, graded, broken];

describe("filterNeeds", () => {
  it("keeps everything in input order for 'all' and a blank search", () => {
    expect(filterNeeds(entries, { status: "all", text: "  " }, "nb")).toEqual(entries);
  });

  it("filters by validation status", () => {
    expect(filterNeeds(entries, { status: "accepted", text: "" }, "nb")).toEqual([cars, licences, graded]);
    expect(filterNeeds(entries, { status: "rejected", text: "" }, "nb")).toEqual([broken]);
  });

  it("searches id, title, unit name and area case-insensitively", () => {
    expect(filterNeeds(entries, { status: "all", text: "b-0002" }, "nb")).toEqual([licences]);
    expect(filterNeeds(entries, { status: "all", text: "PATRULJE" }, "nb")).toEqual([cars]);
    expect(filterNeeds(entries, { status: "all", text: "oslo politidistrikt" }, "nb")).toEqual([cars]);
    expect(filterNeeds(entries, { status: "all", text: "eiendom" }, "nb")).toEqual([licences]);
  });

  it("searches error messages in the UI language only", () => {
    expect(filterNeeds(entries, { status: "all", text: "ikke et tall" }, "nb")).toEqual([broken]);
    expect(filterNeeds(entries, { status: "all", text: "ikke et tall" }, "en")).toEqual([]);
    expect(filterNeeds(entries, { status: "all", text: "not a number" }, "en")).toEqual([broken]);
  });

  it("finds redacted needs by id and marker but never by hidden content", () => {
    expect(filterNeeds(entries, { status: "all", text: "[skjermet]" }, "nb")).toEqual([graded]);
    expect(filterNeeds(entries, { status: "all", text: "patruljebiler" }, "nb")).not.toContain(graded);
  });

  it("finds a rejected need by what was submitted: title, unit name, contact", () => {
    const sent = {
      ...broken,
      submitted: { title: "Droner til søk", unit: "kripos", contact: "ola@politiet.no" },
    };
    const list = [cars, sent];
    expect(filterNeeds(list, { status: "all", text: "droner" }, "nb")).toEqual([sent]);
    expect(filterNeeds(list, { status: "all", text: "ola@" }, "nb")).toEqual([sent]);
    expect(filterNeeds(list, { status: "all", text: "kripos" }, "nb")).toEqual([sent]);
  });

  it("combines status and text", () => {
    expect(filterNeeds(entries, { status: "rejected", text: "B-0001" }, "nb")).toEqual([]);
  });
});
