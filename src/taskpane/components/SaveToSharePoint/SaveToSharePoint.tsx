/**
 * A button that saves a file of the plan into SharePoint, with the outcome below it: the saved
 * file's address as a link, or the error. Used by the Project pane and beside the downloads.
 */
import { errorText } from "../../../i18n/errorMessages";
import { useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { translate, type Locale } from "../../../i18n/locale";
import { projectMessages } from "../../../i18n/projectMessages";

/** Props of SaveToSharePoint. */
export interface SaveToSharePointProps {
  readonly locale: Locale;
  readonly disabled?: boolean;
  readonly onSave: () => Promise<{ readonly webUrl: string }>;
}

/** The save button and its outcome. */
export function SaveToSharePoint({ locale, disabled, onSave }: SaveToSharePointProps) {
  const t = (key: string) => translate(projectMessages, locale, key);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ webUrl: string } | { error: string } | undefined>();
  const save = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await onSave());
    } catch (e) {
      setOutcome({ error: errorText(e, locale) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button disabled={disabled === true || busy} onClick={() => void save()}>
        {t("pane.saveSharePoint")}
      </Button>
      {outcome && "webUrl" in outcome && (
        <MessageBar intent="success">
          <MessageBarBody role="status">
            {t("pane.savedSharePoint")} <a href={outcome.webUrl}>{outcome.webUrl}</a>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && "error" in outcome && (
        <MessageBar intent="error">
          <MessageBarBody role="alert">{outcome.error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
