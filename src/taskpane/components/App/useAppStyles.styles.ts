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
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
