/**
 * The procurement lead's edits ("Vekter og valg"): weights (numbers or pairwise), scores, force
 * in/out with a reason and feedback to units, stored in the plan-year record and planned again
 * (PlanEditsPanel, in every host); in Excel also the workbook panel (write the sheets, "Oppdater").
 */
import { ExcelWorkspace } from "../../ExcelWorkspace";
import { PlanEditsPanel } from "../../PlanEdits";
import { usePane } from "../paneContext";
import { useRoleViewStyles } from "../useRoleViewStyles.styles";

/** The edits section. */
export function LeadEditsSection() {
  const { app, locale, plan, input, r, pending } = usePane();
  const styles = useRoleViewStyles();
  // the workbook is written and read back only against a finished plan (not an edit's provisional one)
  const excel = app.host === "excel" && plan && pending === undefined ? app.excelActions : undefined;
  return (
    <div className={styles.section}>
      {!plan && <p className={styles.note}>{r("noPlan")}</p>}
      {plan && input && app.edits && (
        <PlanEditsPanel
          plan={plan}
          input={input}
          store={app.store}
          locale={locale}
          edit={app.edits.edit}
          storedIn={app.edits.storedIn()}
        />
      )}
      {excel && (
        <>
          <p className={styles.note}>{r("edits.intro")}</p>
          <ExcelWorkspace locale={locale} onWrite={excel.onWrite} onRefresh={excel.onRefresh} />
        </>
      )}
    </div>
  );
}
