/** Styles of ExcelWorkspace. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Class names for ExcelWorkspace's slots. */
export const useExcelWorkspaceStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
  conflicts: { ...typographyStyles.caption1, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
