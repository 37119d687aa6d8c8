/**
 * The coordinator's plan-year section: the annual wheel with today's stage and which units have
 * submitted, the versions, approval and publish (PlanYearPanel), on the site the plan shown came
 * from, else the SharePoint section's settings. It mounts when first opened (reading the site may
 * need a sign-in), then stays mounted. The wheel chart draws the record's wheel once the panel has
 * read it (the seed's wheel of the plan year while there is none).
 */
import { useMemo, useState } from "react";
import type { WheelDates } from "../../../../domain/planYear/planYearTypes";
import { todayInOslo } from "../../../../application/sharepoint/zonedDates";
import { defaultPlanYear } from "../../../../domain/planYear/planYearDefaults";
import { PlanYearPanel } from "../../PlanYearPanel";
import { usePane } from "../paneContext";
import { ChartSlot } from "../slots";

/** The plan-year section (nothing when the composition root gave no plan-year wiring). */
export function PlanYearSection() {
  const { app, locale, plan, input, planFrom } = usePane();
  const planYear = app.planYear;
  const connection = planFrom ?? app.sharePoint?.initialSettings;
  const site = useMemo(
    () =>
      planYear && connection && connection.siteUrl !== "" ? () => planYear.siteFor(connection) : undefined,
    [planYear, connection],
  );
  const shown = useMemo(() => (plan && input ? { input, result: plan } : undefined), [plan, input]);
  const [wheel, setWheel] = useState<WheelDates | undefined>(undefined);
  if (!planYear) return null;
  return (
    <>
      <ChartSlot charts={["wheel"]} wheel={wheel} />
      <PlanYearPanel
        locale={locale}
        site={site}
        planYear={plan?.planYear ?? defaultPlanYear(todayInOslo())}
        shown={shown}
        today={() => todayInOslo()}
        onWheel={setWheel}
      />
    </>
  );
}
