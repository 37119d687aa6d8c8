/**
 * The coordinator's view (koordinator): the needs as submitted, the SharePoint section (connection,
 * lists and set-up, field mapping, sync, publish) and the plan year (annual wheel with today's
 * stage, which units have submitted, versions, approval, publish). Sections load when first opened.
 */
import { lazy, useMemo } from "react";
import { GRAPH_MESSAGES } from "../../../i18n/graphMessages";
import { translate } from "../../../i18n/locale";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { usePane } from "./paneContext";
import { SectionTabs, type PaneSection, type RoleViewProps } from "./SectionTabs";

const NeedsSection = lazy(() => import("./sections/NeedsSection").then((m) => ({ default: m.NeedsSection })));
const SharePointSection = lazy(() =>
  import("./sections/SharePointSection").then((m) => ({ default: m.SharePointSection })),
);
const PlanYearSection = lazy(() =>
  import("./sections/PlanYearSection").then((m) => ({ default: m.PlanYearSection })),
);

/** The coordinator's view. */
export function CoordinatorView({ active }: RoleViewProps) {
  const { app, locale, t, r } = usePane();
  const sections = useMemo(
    (): PaneSection[] => [
      { id: "needs", label: t("view.needs"), Component: NeedsSection },
      ...(app.sharePoint
        ? [
            {
              id: "sharepoint",
              label: translate(GRAPH_MESSAGES, locale, "pane.tab"),
              Component: SharePointSection,
              keep: true,
            },
          ]
        : []),
      ...(app.planYear
        ? [{ id: "planyear", label: planYearPaneSay(locale, "tab"), Component: PlanYearSection, keep: true }]
        : []),
    ],
    [app.sharePoint, app.planYear, locale, t],
  );
  return <SectionTabs label={r("view.coordinator")} sections={sections} active={active} />;
}
