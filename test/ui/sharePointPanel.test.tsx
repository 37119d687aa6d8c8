// The SharePoint panel before any action (server-side render; the browser test drives the demo
// path end to end): the real-tenant form asks for the app registration and offers sign-in, the
// demo endpoint needs none, Project explains why it cannot sign in, publishing waits for a sync.
import { renderToStaticMarkup } from "react-dom/server";
import { SharePointPanel, type SharePointPanelProps } from "../../src/taskpane/components/SharePointPanel";
import type { PaneSettings, PaneSignIn, PaneSignInRoute } from "../../src/application/pane/paneSettings";
import type { SharePointWorkspace } from "../../src/application/sharepoint/sharePointWorkspace";

const settings: PaneSettings = {
  graphBaseUrl: "https://graph.microsoft.com/v1.0",
  siteUrl: "https://politiet.sharepoint.com/sites/anskaffelser",
  intakeList: "Anskaffelsesbehov",
  kavList: "KAV-avtaler",
  peopleList: "",
  clientId: "",
  tenantId: "organizations",
  useSelectedScopes: false,
};

function signInWith(route: PaneSignInRoute, host: "Project" | "Excel" = "Excel"): PaneSignIn {
  return {
    route: () => route,
    isSignedIn: () => route === "demo",
    signIn: async () => undefined,
    signOut: () => undefined,
    unavailableKey: () => (host === "Project" ? "auth.unavailable.project" : "auth.unavailable.host"),
  };
}

const render = (patch: Partial<SharePointPanelProps>) =>
  renderToStaticMarkup(
    <SharePointPanel
      locale="nb"
      workspace={{} as SharePointWorkspace}
      signIn={signInWith("browser")}
      initialSettings={settings}
      saveSettings={async () => undefined}
      needFields={["id", "title"]}
      plan={undefined}
      planFrom={undefined}
      onSynced={() => undefined}
      {...patch}
    />,
  );

describe("SharePointPanel", () => {
  it("asks for the app registration and offers sign-in on a real tenant", () => {
    const html = render({});
    expect(html).toContain("Klient-ID (appregistrering)");
    expect(html).toContain("Tenant-ID");
    expect(html).toContain("Minste rettighet (Sites.Selected");
    expect(html).toContain("Ikke logget inn. Innlogging i et popup-vindu i nettleseren.");
    expect(html).toContain("Logg inn");
    expect(html).toContain("Synkroniser listen før du publiserer.");
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Publiser beslutninger/);
  });

  it("needs no sign-in on the demo server", () => {
    const html = render({ signIn: signInWith("demo") });
    expect(html).toContain("Demo-tjeneren trenger ingen Microsoft-innlogging.");
    expect(html).not.toContain("Klient-ID");
    expect(html).not.toContain("Logg inn");
  });

  it("explains in MS Project why sign-in is unavailable", () => {
    const html = render({ signIn: signInWith("unavailable", "Project") });
    expect(html).toContain("Project støtter verken Nested App Authentication eller Office SSO");
    expect(html).not.toContain(">Logg inn<");
  });

  it("speaks English when asked", () => {
    const html = render({ locale: "en" });
    expect(html).toContain("Client ID (app registration)");
    expect(html).toContain("Connect to the site");
  });
});
