/**
 * @jest-environment jsdom
 */
// The chart library's fixed English screen-reader labels (no prop offers them) renamed from the
// catalogue: each known text in bokmål with its numbers, an unknown text left alone, and labels
// the library draws later (or draws again) renamed too.
import { localisedChartLabel, localiseChartLabels } from "../../src/taskpane/components/charts/chartAria";

/** Lets the MutationObserver's callback run. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("chart library labels in the user's language", () => {
  it("renames each English label the library writes, in bokmål", () => {
    expect(localisedChartLabel("Belastning, line 2 of 2 with 1200 data points.", "nb")).toBe(
      "Belastning, linje 2 av 2 med 1\u00a0200 datapunkter.",
    );
    expect(localisedChartLabel("Strategisk, series 1 of 4 with 3 data points.", "nb")).toBe(
      "Strategisk, serie 1 av 4 med 3 datapunkter.",
    );
    expect(localisedChartLabel("412 bars", "nb")).toBe("412 stolper");
    expect(localisedChartLabel("Donut chart with 7 slices", "nb")).toBe("Smultringdiagram med 7 deler");
    expect(localisedChartLabel("Legends", "nb")).toBe("Forklaringer");
    expect(localisedChartLabel("Graph has no data to display", "nb")).toBe(
      "Planen har ingen data til dette diagrammet.",
    );
    expect(localisedChartLabel("Budsjett (mill. kr): 12,0.", "nb")).toBeUndefined();
    expect(localisedChartLabel("Legends", "en")).toBe("Legends");
  });

  it("renames labels in a drawn chart and those drawn later, and leaves the others", async () => {
    const root = document.createElement("div");
    root.innerHTML =
      '<svg aria-label="Tittel"><g role="listbox" aria-label="Kapasitet, line 1 of 2 with 5 data points."></g></svg>';
    document.body.append(root);
    const stop = localiseChartLabels(root, "nb");
    const group = root.querySelector("g");
    expect(group?.getAttribute("aria-label")).toBe("Kapasitet, linje 1 av 2 med 5 datapunkter.");
    expect(root.querySelector("svg")?.getAttribute("aria-label")).toBe("Tittel");
    // The library draws the legends later, and writes a series label again.
    const legends = document.createElement("div");
    legends.setAttribute("aria-label", "Legends");
    root.append(legends);
    group?.setAttribute("aria-label", "Kapasitet, line 1 of 2 with 6 data points.");
    await observed();
    expect(legends.getAttribute("aria-label")).toBe("Forklaringer");
    expect(group?.getAttribute("aria-label")).toBe("Kapasitet, linje 1 av 2 med 6 datapunkter.");
    stop();
    legends.setAttribute("aria-label", "Legends");
    await observed();
    expect(legends.getAttribute("aria-label")).toBe("Legends");
    root.remove();
  });
});
