/**
 * EDITORS SLOT (procurement lead): weights, score overrides, force in/out with a reason and
 * comments. Until the pane's editors land, it says where these are edited today (the workbook)
 * and, in Excel, offers the workbook panel (write the sheets, "Oppdater").
 */
import { ExcelWorkspace } from "../../ExcelWorkspace";
import { usePane } from "../paneContext";
import { useRoleViewStyles } from "../useRoleViewStyles.styles";

/** The edits section. */
export function LeadEditsSection() {
  const { app, locale, plan, r } = usePane();
  const styles = useRoleViewStyles();
  const excel = app.host === "excel" && plan ? app.excelActions : undefined;
  return (
    <div className={styles.section}>
      <p className={styles.note}>{r("edits.intro")}</p>
      {excel && <ExcelWorkspace locale={locale} onWrite={excel.onWrite} onRefresh={excel.onRefresh} />}
    </div>
  );
}
