// What the Graph commands print for a coded error: the CLI's own words where the pane's text names a
// pane button (a missing column points to map-list and --mapping, not "Feltkobling …"), else the
// error catalogue's text in the CLI's language; an uncoded error prints its message.
import { CodedError } from "../../src/application/codedError";
import { MappingError } from "../../src/application/sharepoint/syncList";
import { commandErrorText, type CommandIo } from "../../src/cli/commands/graphConnection";
import { ERROR_MESSAGES } from "../../src/i18n/errorMessages";
import { GRAPH_MESSAGES } from "../../src/i18n/graphMessages";
import { translate, type Locale } from "../../src/i18n/locale";

const io = (locale: Locale): CommandIo => ({ out: () => undefined, err: () => undefined, env: {}, locale });

describe("commandErrorText", () => {
  it.each(["nb", "en"] as const)(
    "names the CLI's option for a missing column, not the pane's button (%s)",
    (locale) => {
      const error = new MappingError("mapping.fatalColumns", { columns: "title («Tittel»)" });
      const text = commandErrorText(io(locale), error);
      expect(text).toBe(
        translate(GRAPH_MESSAGES, locale, "cli.error.mapping.fatalColumns", { columns: "title («Tittel»)" }),
      );
      expect(text).toContain("title («Tittel»)");
      expect(text).toContain("--mapping");
      expect(text).not.toContain(translate(GRAPH_MESSAGES, locale, "pane.mapping"));
      // The pane's own text does name the button: the CLI's differs from it.
      expect(translate(ERROR_MESSAGES, locale, error.messageKey, error.messageParams)).toContain(
        translate(GRAPH_MESSAGES, locale, "pane.mapping"),
      );
      expect(commandErrorText(io(locale), new MappingError("mapping.none"))).toContain("map-list");
    },
  );

  it("gives other coded errors in the CLI's language, and an uncoded error's own message", () => {
    const coded = new CodedError("graph.noItemAnswer", { item: "17" });
    expect(commandErrorText(io("nb"), coded)).toBe("SharePoint svarte ikke for element 17. Publiser igjen.");
    expect(commandErrorText(io("en"), coded)).toBe(coded.message);
    expect(commandErrorText(io("nb"), new Error("disk full"))).toBe("disk full");
  });
});
