/** Styles of the role views and their sections. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Class names for the role views' slots. */
export const useRoleViewStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
  },
  shown: { color: tokens.colorNeutralForeground3 },
  empty: { fontStyle: "italic" },
  downloads: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  plain: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "grid",
    rowGap: tokens.spacingVerticalS,
  },
  late: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});
