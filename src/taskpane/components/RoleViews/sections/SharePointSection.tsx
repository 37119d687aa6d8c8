/**
 * The coordinator's SharePoint section: connection, sign-in, lists and set-up, field mapping,
 * sync and publish (SharePointPanel). A sync replaces the plan shown in the one plan state.
 */
import { SharePointPanel } from "../../SharePointPanel";
import { usePane } from "../paneContext";

/** The SharePoint section (nothing when the composition root gave no SharePoint wiring). */
export function SharePointSection() {
  const { app, locale, plan, planFrom } = usePane();
  if (!app.sharePoint) return null;
  return (
    <SharePointPanel
      {...app.sharePoint}
      locale={locale}
      plan={plan}
      planFrom={planFrom}
      onSynced={(sync, connection) =>
        app.store.dispatch({ type: "synced", plan: sync.result, input: sync.input, from: connection })
      }
    />
  );
}
