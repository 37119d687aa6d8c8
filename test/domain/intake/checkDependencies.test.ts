// Cycle detection and the rejection cascade on several graph shapes.
import { checkDependencies, type DependencyEntry } from "../../../src/domain/intake/checkDependencies";

/** Entries from "id: dep dep" lines; an id ending in "!" is rejected for other reasons. */
function graph(...lines: string[]): DependencyEntry[] {
  return lines.map((line) => {
    const [head = "", deps = ""] = line.split(":");
    const id = head.replace("!", "").trim();
    return {
      nodeId: id,
      ownId: id,
      dependsOn: deps.split(" ").filter(Boolean),
      rejected: head.includes("!"),
    };
  });
}

/** Findings as "code:param" strings per entry. */
function summary(entries: DependencyEntry[]): string[][] {
  return checkDependencies(entries).map((fs) =>
    fs.map((f) => `${f.code}:${f.params.cycle ?? f.params.value}`),
  );
}

describe("checkDependencies", () => {
  it("finds nothing in a forest of chains and diamonds", () => {
    expect(summary(graph("A: B C", "B: D", "C: D", "D:", "E: D"))).toEqual([[], [], [], [], []]);
  });

  it("rejects both needs of a two-cycle, each naming the cycle from itself", () => {
    expect(summary(graph("A: B", "B: A", "C:"))).toEqual([
      ["dependency-cycle:A → B → A"],
      ["dependency-cycle:B → A → B"],
      [],
    ]);
  });

  it("rejects every need of a long cycle and the needs that depend on it", () => {
    expect(summary(graph("A: B", "B: C", "C: D", "D: A", "E: C", "F: E"))).toEqual([
      ["dependency-cycle:A → B → C → D → A"],
      ["dependency-cycle:B → C → D → A → B"],
      ["dependency-cycle:C → D → A → B → C"],
      ["dependency-cycle:D → A → B → C → D"],
      ["dependency-rejected:C"],
      ["dependency-rejected:E"],
    ]);
  });

  it("names a shortest cycle through each need of two cycles sharing a need", () => {
    expect(summary(graph("A: B", "B: A C", "C: D", "D: B"))).toEqual([
      ["dependency-cycle:A → B → A"],
      ["dependency-cycle:B → A → B"],
      ["dependency-cycle:C → D → B → C"],
      ["dependency-cycle:D → B → C → D"],
    ]);
  });

  it("handles two separate cycles and a chain between them", () => {
    expect(summary(graph("A: B", "B: A", "C: D", "D: C A"))).toEqual([
      ["dependency-cycle:A → B → A"],
      ["dependency-cycle:B → A → B"],
      ["dependency-cycle:C → D → C"],
      ["dependency-cycle:D → C → D", "dependency-rejected:A"],
    ]);
  });

  it("treats a need depending on itself as a self-dependency, not a cycle", () => {
    expect(summary(graph("A: A", "B: A"))).toEqual([["self-dependency:A"], ["dependency-rejected:A"]]);
  });

  it("reports unknown ids and cascades from needs rejected for other reasons", () => {
    expect(summary(graph("A: X", "B!:", "C: B", "D: C A"))).toEqual([
      ["unknown-dependency:X"],
      [],
      ["dependency-rejected:B"],
      ["dependency-rejected:C", "dependency-rejected:A"],
    ]);
  });

  it("lets entries without a node id depend on others but not be depended on", () => {
    const entries: DependencyEntry[] = [
      { nodeId: "A", ownId: "A", dependsOn: [], rejected: false },
      { nodeId: undefined, ownId: "A", dependsOn: ["A"], rejected: true },
      { nodeId: undefined, ownId: undefined, dependsOn: ["A"], rejected: true },
    ];
    expect(summary(entries)).toEqual([[], ["self-dependency:A"], []]);
  });

  it("copes with a long chain closing into one big cycle without deep recursion", () => {
    const n = 20_000;
    const entries = Array.from({ length: n }, (_, i) => ({
      nodeId: `N${i}`,
      ownId: `N${i}`,
      dependsOn: [`N${(i + 1) % n}`],
      rejected: false,
    }));
    const findings = checkDependencies(entries.slice(0, n - 1).concat({ ...entries[n - 1]!, dependsOn: [] }));
    expect(findings.every((f) => f.length === 0)).toBe(true);
    const cyclic = checkDependencies(entries.slice(0, 50).concat({ ...entries[50]!, dependsOn: ["N0"] }));
    expect(cyclic.every((f) => f[0]?.code === "dependency-cycle")).toBe(true);
    expect(cyclic[0]?.[0]?.params.cycle?.split(" → ")).toHaveLength(52);
  });
});
