/**
 * The mapping dialog's sections for the two kinds of list, and the way back from the picked columns
 * to a mapping: an intake list (fields of a need, written-back fields; every written-back field
 * required) and a KAV list (contract fields; KAV-ID, start and end required).
 */
import {
  CONTRACT_FIELDS,
  REQUIRED_CONTRACT_FIELDS,
  type ContractField,
  type ContractMapping,
} from "../../../application/sharepoint/contractMapping";
import {
  WRITE_BACK_FIELDS,
  type FieldMapping,
  type WriteBackField,
} from "../../../application/sharepoint/listSchemas";
import type { MappingDraft } from "../../../application/sharepoint/siteLists";
import { GRAPH_MESSAGES } from "../../../i18n/graphMessages";
import { fieldLabel } from "../../../i18n/intakeMessages";
import { translate, type Locale } from "../../../i18n/locale";
import type { MappingSection } from "./MappingDialog";

/** Picked columns: section id → field → internal column name. */
export type PickedColumns = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What the dialog shows for one list, and how its result becomes the list's mapping. */
export interface MappingDialogModel<T> {
  readonly sections: readonly MappingSection[];
  toMapping(picked: PickedColumns): T;
}

/** The intake list's dialog: fields of a need (named as in intake errors), then the write-back fields. */
export function intakeMappingModel(
  draft: MappingDraft,
  needFields: readonly string[],
  locale: Locale,
): MappingDialogModel<FieldMapping> {
  const t = (key: string) => translate(GRAPH_MESSAGES, locale, key);
  return {
    sections: [
      {
        id: "needFields",
        heading: t("pane.mapping.needFields"),
        fields: needFields.map((f) => ({ key: f, label: `${fieldLabel(f, locale)} (${f})` })),
        values: draft.mapping.needFields,
        required: [],
      },
      {
        id: "writeBack",
        heading: t("pane.mapping.writeBack"),
        fields: WRITE_BACK_FIELDS.map((f) => ({ key: f, label: t(`writeBack.${f}`) })),
        values: draft.mapping.writeBack,
        required: WRITE_BACK_FIELDS,
      },
    ],
    toMapping: (picked) => ({
      needFields: { ...picked.needFields },
      writeBack: picked.writeBack as Record<WriteBackField, string>,
    }),
  };
}

/** The KAV list's dialog: the contract fields. */
export function kavMappingModel(
  draft: MappingDraft<ContractMapping>,
  locale: Locale,
): MappingDialogModel<ContractMapping> {
  const t = (key: string) => translate(GRAPH_MESSAGES, locale, key);
  return {
    sections: [
      {
        id: "contractFields",
        heading: t("pane.mapping.contractFields"),
        fields: CONTRACT_FIELDS.map((f) => ({ key: f, label: t(`contract.${f}`) })),
        values: draft.mapping.contractFields,
        required: REQUIRED_CONTRACT_FIELDS,
      },
    ],
    toMapping: (picked) => ({
      contractFields: { ...picked.contractFields } as Partial<Record<ContractField, string>>,
    }),
  };
}
