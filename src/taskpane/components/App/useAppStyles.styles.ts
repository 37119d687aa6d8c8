/** Styles of App. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Class names for App's slots. */
export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalL,
  },
  shown: { color: tokens.colorNeutralForeground3 },
  empty: { fontStyle: "italic" },
  // The tabs wrap in a narrow pane instead of running off its right edge.
  tabs: { flexWrap: "wrap" },
  downloads: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});
