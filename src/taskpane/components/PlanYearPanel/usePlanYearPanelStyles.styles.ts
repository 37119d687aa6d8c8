/** Styles of the plan-year tab. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Class names for the plan-year tab's slots. */
export const usePlanYearPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});
