/**
 * The connection feature of the SharePoint panel: the settings shown (edited in the form, saved
 * before each action), the sign-in route for them and a note on the sign-in state, which is read
 * again after every action and sign-out.
 */
import { useReducer, useState } from "react";
import type { PaneSettings, PaneSignIn, PaneSignInRoute } from "../../../application/pane/paneSettings";
import type { PanelSay } from "./panelSay";

/** The connection state and its actions. */
export interface Connection {
  readonly settings: PaneSettings;
  readonly edit: (patch: Partial<PaneSettings>) => void;
  /** Replaces the settings shown and saves them (after the lists were found or created). */
  readonly adopt: (next: PaneSettings) => Promise<void>;
  readonly save: () => Promise<void>;
  readonly route: PaneSignInRoute;
  /** "Signed in / not signed in" with the route, the demo note, or why sign-in is unavailable. */
  readonly routeNote: string;
  /** Reads the sign-in state again (after an action or sign-out). */
  readonly refreshSignIn: () => void;
}

/** The connection feature. */
export function useConnection(
  say: PanelSay,
  signIn: PaneSignIn,
  initial: PaneSettings,
  saveSettings: (settings: PaneSettings) => Promise<void>,
): Connection {
  const [settings, setSettings] = useState<PaneSettings>(initial);
  const [, refreshSignIn] = useReducer((version: number) => version + 1, 0);
  const route = signIn.route(settings);
  const routeNote =
    route === "demo"
      ? say("pane.auth.demo")
      : route === "unavailable"
        ? say(signIn.unavailableKey())
        : `${say(signIn.isSignedIn(settings) ? "pane.auth.signedIn" : "pane.auth.signedOut")} ${say(`pane.auth.route.${route}`)}`;
  return {
    settings,
    edit: (patch) => setSettings((before) => ({ ...before, ...patch })),
    adopt: async (next) => {
      setSettings(next);
      await saveSettings(next);
    },
    save: () => saveSettings(settings),
    route,
    routeNote,
    refreshSignIn,
  };
}
