/**
 * The field mapping dialog: one row per field with the list's columns to pick from (internal
 * names, display names shown), grouped in sections (fields of a need and written-back fields for
 * an intake list; contract fields for a KAV list). Starts from the saved mapping or the suggestion;
 * "Lagre" hands the picked columns back once every required field has one.
 */
import { errorText } from "../../../i18n/errorMessages";
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
import type { ColumnSpec } from "../../../application/sharepoint/listSchemas";
import { GRAPH_MESSAGES } from "../../../i18n/graphMessages";
import { translate, type Locale } from "../../../i18n/locale";
import { useSharePointPanelStyles } from "./useSharePointPanelStyles.styles";

/** One group of fields in the dialog. */
export interface MappingSection {
  readonly id: string;
  readonly heading: string;
  readonly fields: readonly { readonly key: string; readonly label: string }[];
  /** Field → internal column name as saved or suggested. */
  readonly values: Readonly<Record<string, string | undefined>>;
  /** Fields that must be mapped before saving. */
  readonly required: readonly string[];
}

/** Props of MappingDialog. */
export interface MappingDialogProps {
  readonly locale: Locale;
  readonly listName: string;
  readonly origin: "saved" | "suggested";
  readonly columns: readonly ColumnSpec[];
  readonly sections: readonly MappingSection[];
  /** Section id → field → column (unmapped fields left out). */
  readonly onSave: (values: Readonly<Record<string, Readonly<Record<string, string>>>>) => Promise<void>;
  readonly onClose: () => void;
}

/** The dialog; open while it is rendered. */
export function MappingDialog({
  locale,
  listName,
  origin,
  columns,
  sections,
  onSave,
  onClose,
}: MappingDialogProps) {
  const styles = useSharePointPanelStyles();
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(GRAPH_MESSAGES, locale, key, params);
  const [values, setValues] = useState<Record<string, Record<string, string>>>(() =>
    Object.fromEntries(
      sections.map((s) => [
        s.id,
        Object.fromEntries(Object.entries(s.values).filter((e): e is [string, string] => Boolean(e[1]))),
      ]),
    ),
  );
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const usable = columns.filter((c) => !c.readOnly || c.name === "Title");
  const unmapped = sections.reduce((n, s) => n + s.fields.filter((f) => !values[s.id]?.[f.key]).length, 0);

  const options = (
    <>
      <option value="">{t("pane.mapping.none")}</option>
      {usable.map((c) => (
        <option key={c.name} value={c.name}>
          {c.displayName === c.name ? c.name : `${c.displayName} (${c.name})`}
        </option>
      ))}
    </>
  );

  const save = async () => {
    for (const section of sections) {
      const missing = section.fields.find(
        (f) => section.required.includes(f.key) && !values[section.id]?.[f.key],
      );
      if (missing) {
        setError(t("pane.mapping.required", { field: missing.label }));
        return;
      }
    }
    const cleaned = Object.fromEntries(
      Object.entries(values).map(([id, v]) => [
        id,
        Object.fromEntries(Object.entries(v).filter(([, c]) => c !== "")),
      ]),
    );
    setSaving(true);
    try {
      await onSave(cleaned);
    } catch (e) {
      setError(errorText(e, locale));
      setSaving(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-label={t("pane.mapping.title", { list: listName })}>
        <DialogBody>
          <DialogTitle>{t("pane.mapping.title", { list: listName })}</DialogTitle>
          <DialogContent className={styles.mappingBody}>
            <p className={styles.intro}>{t("pane.mapping.intro")}</p>
            <Text size={200}>
              {t(origin === "saved" ? "pane.mapping.saved" : "pane.mapping.suggested")} ·{" "}
              {t("pane.mapping.unmapped", { count: unmapped })}
            </Text>
            {sections.map((section) => (
              <div key={section.id} className={styles.section}>
                <h3 className={styles.heading}>{section.heading}</h3>
                {section.fields.map((field) => (
                  <Field
                    key={field.key}
                    label={field.label}
                    required={section.required.includes(field.key)}
                    className={styles.mappingField}
                  >
                    <Select
                      className={styles.mappingSelect}
                      data-section={section.id}
                      data-field={field.key}
                      value={values[section.id]?.[field.key] ?? ""}
                      onChange={(_, data) =>
                        setValues({
                          ...values,
                          [section.id]: { ...values[section.id], [field.key]: data.value },
                        })
                      }
                    >
                      {options}
                    </Select>
                  </Field>
                ))}
              </div>
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
