/** RoleSwitch component. */
export { RoleSwitch, type RoleSwitchProps } from "./RoleSwitch";
