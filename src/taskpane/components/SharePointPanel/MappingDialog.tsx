/**
 * The field mapping dialog: one row per field of a need (and per written-back field) with the
 * list's columns to pick from (internal names, display names shown). Starts from the saved mapping
 * or the suggestion; "Lagre" hands the edited mapping back. Written-back fields must be mapped.
 */
import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from "@fluentui/react-components";
import type { MappingDraft } from "../../../application/sharepoint/siteLists";
import {
  WRITE_BACK_FIELDS,
  type FieldMapping,
  type WriteBackField,
} from "../../../application/sharepoint/listSchemas";
import { GRAPH_MESSAGES } from "../../../i18n/graphMessages";
import { fieldLabel } from "../../../i18n/intakeMessages";
import { translate, type Locale } from "../../../i18n/locale";
import { useSharePointPanelStyles } from "./useSharePointPanelStyles.styles";

/** Props of MappingDialog. */
export interface MappingDialogProps {
  readonly locale: Locale;
  readonly draft: MappingDraft;
  /** Every field of a need that can be mapped, in display order. */
  readonly needFields: readonly string[];
  readonly onSave: (mapping: FieldMapping) => Promise<void>;
  readonly onClose: () => void;
}

/** The dialog; open while it is rendered. */
export function MappingDialog({ locale, draft, needFields, onSave, onClose }: MappingDialogProps) {
  const styles = useSharePointPanelStyles();
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(GRAPH_MESSAGES, locale, key, params);
  const [needMap, setNeedMap] = useState<Record<string, string>>({ ...draft.mapping.needFields });
  const [writeBack, setWriteBack] = useState<Record<WriteBackField, string>>({ ...draft.mapping.writeBack });
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const columns = draft.columns.filter((c) => !c.readOnly || c.name === "Title");
  const unmapped = needFields.filter((f) => !needMap[f]).length;

  const options = (
    <>
      <option value="">{t("pane.mapping.none")}</option>
      {columns.map((c) => (
        <option key={c.name} value={c.name}>
          {c.displayName === c.name ? c.name : `${c.displayName} (${c.name})`}
        </option>
      ))}
    </>
  );

  const save = async () => {
    const missing = WRITE_BACK_FIELDS.find((f) => !writeBack[f]);
    if (missing) {
      setError(t("pane.mapping.writeBackMissing", { field: t(`writeBack.${missing}`) }));
      return;
    }
    const cleaned = Object.fromEntries(Object.entries(needMap).filter(([, column]) => column !== ""));
    setSaving(true);
    try {
      await onSave({ needFields: cleaned, writeBack });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-label={t("pane.mapping.title", { list: draft.list.displayName })}>
        <DialogBody>
          <DialogTitle>{t("pane.mapping.title", { list: draft.list.displayName })}</DialogTitle>
          <DialogContent className={styles.mappingBody}>
            <p className={styles.intro}>{t("pane.mapping.intro")}</p>
            <Text size={200}>
              {t(draft.origin === "saved" ? "pane.mapping.saved" : "pane.mapping.suggested")} ·{" "}
              {t("pane.mapping.unmapped", { count: unmapped })}
            </Text>
            <h3 className={styles.heading}>{t("pane.mapping.needFields")}</h3>
            {needFields.map((field) => (
              <Field key={field} label={`${fieldLabel(field, locale)} (${field})`} orientation="horizontal">
                <Select
                  data-field={field}
                  value={needMap[field] ?? ""}
                  onChange={(_, data) => setNeedMap({ ...needMap, [field]: data.value })}
                >
                  {options}
                </Select>
              </Field>
            ))}
            <h3 className={styles.heading}>{t("pane.mapping.writeBack")}</h3>
            {WRITE_BACK_FIELDS.map((field) => (
              <Field key={field} label={t(`writeBack.${field}`)} orientation="horizontal">
                <Select
                  data-write-back={field}
                  value={writeBack[field] ?? ""}
                  onChange={(_, data) => setWriteBack({ ...writeBack, [field]: data.value })}
                >
                  {options}
                </Select>
              </Field>
            ))}
            {error !== undefined && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={saving} onClick={() => void save()}>
              {t("pane.mapping.save")}
            </Button>
            <Button disabled={saving} onClick={onClose}>
              {t("pane.mapping.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
