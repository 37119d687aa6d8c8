/**
 * The role switch: coordinator, procurement lead or planner. The choice picks the view and is
 * remembered (useRole); a native select, so it fits a 350 px pane and works by keyboard alone.
 */
import { Field, Select } from "@fluentui/react-components";
import { PANE_ROLES, parseRole, type PaneRole } from "../../../application/pane/panePreferences";
import type { Translate } from "../../messages";

/** Props of RoleSwitch. */
export interface RoleSwitchProps {
  readonly role: PaneRole;
  readonly onChange: (role: PaneRole) => void;
  /** The role views' catalogue. */
  readonly r: Translate;
}

/** The role select. */
export function RoleSwitch({ role, onChange, r }: RoleSwitchProps) {
  return (
    <Field label={r("role.label")} orientation="horizontal">
      <Select
        name="role"
        value={role}
        onChange={(_, data) => {
          const next = parseRole(data.value);
          if (next) onChange(next);
        }}
      >
        {PANE_ROLES.map((value) => (
          <option key={value} value={value}>
            {r(`role.${value}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
