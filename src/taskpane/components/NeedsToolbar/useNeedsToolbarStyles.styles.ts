/** Styles of NeedsToolbar. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Class names for NeedsToolbar's slots. */
export const useNeedsToolbarStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  search: { maxWidth: "100%" },
});
