/**
 * Styles of the Project pane (Fluent UI tokens only).
 */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Class names of the Project pane. */
export const useProjectPaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  results: { maxHeight: "320px", overflowY: "auto" },
  failed: { color: tokens.colorPaletteRedForeground1 },
  help: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
