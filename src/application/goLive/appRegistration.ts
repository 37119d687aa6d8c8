/**
 * The Entra ID app registration as code: the Microsoft Graph requests that create (or bring up to
 * date) the add-in's app registration — SPA redirect URIs for the hosted sign-in pages and for
 * nested app authentication, the delegated Graph permissions, admin consent, and for Sites.Selected
 * the write grant on the planning site. The same steps run against Graph through a transport port,
 * or as a dry run that sends nothing and lists every request (placeholders such as `{client-id}`
 * stand for values a real run reads from the answers). docs/deployment.md lists the requests.
 */
import { spaRedirectUris } from "../auth/redirectUris";

/** Microsoft Graph's application id (the resource of the delegated permissions). */
export const MICROSOFT_GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

/** The delegated scopes of each permission mode (the same as the pane asks for, see authConfig.ts). */
export const DELEGATED_SCOPES = {
  selected: ["User.Read", "Sites.Selected", "Lists.SelectedOperations.Selected"],
  readWriteAll: ["User.Read", "Sites.ReadWrite.All"],
} as const;

/** Which permissions the registration asks for. */
export type PermissionMode = keyof typeof DELEGATED_SCOPES;

/** What to register. */
export interface RegistrationRequest {
  /** The app's display name (also how an existing registration is found). */
  readonly displayName: string;
  /** Where the add-in is served, e.g. `https://anskaffelse.example.no/addin/`. */
  readonly baseUrl: string;
  readonly permissions: PermissionMode;
  /** The planning site (required for `selected`: it receives the write grant). */
  readonly siteUrl?: string;
  /** Grant tenant-wide admin consent for the delegated scopes (default true). */
  readonly adminConsent?: boolean;
}

/** One Graph request, relative to the Graph base URL with version. */
export interface GraphCall {
  readonly method: "GET" | "POST" | "PATCH";
  readonly path: string;
  readonly body?: unknown;
}

/** Graph's answer to a call. */
export interface GraphAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** Sends Graph requests (real Graph or a test server) with the administrator's token. */
export interface GraphTransport {
  send(call: GraphCall): Promise<GraphAnswer>;
}

/** A request Graph refused; the registration stops there. */
export class RegistrationStepError extends Error {
  constructor(
    readonly call: GraphCall,
    readonly status: number,
    readonly detail: string,
  ) {
    super(`${call.method} ${call.path} → ${status}: ${detail}`);
    this.name = "RegistrationStepError";
  }
}

/** What the registration did (or, in a dry run, would do). */
export interface RegistrationResult {
  readonly dryRun: boolean;
  /** Every request in order (a dry run sends none). */
  readonly calls: readonly GraphCall[];
  readonly tenantId: string;
  /** The application (client) id to enter in the pane and the CLI. */
  readonly clientId: string;
  readonly redirectUris: readonly string[];
  readonly scopes: readonly string[];
  /** True when an existing registration of that name was updated rather than created. */
  readonly updated: boolean;
}

/** The SPA redirect URIs for a base address (src/application/auth/redirectUris.ts: the one list). */
export function redirectUrisFor(baseUrl: string): readonly string[] {
  const base = new URL(baseUrl);
  if (base.protocol !== "https:") throw new Error(`The add-in's address must use https: ${baseUrl}`);
  return spaRedirectUris(base.pathname.endsWith("/") ? base.href : `${base.href}/`);
}

/** Runs the steps against Graph, or lists them when `transport` is undefined (dry run). */
export async function registerApp(
  request: RegistrationRequest,
  transport: GraphTransport | undefined,
): Promise<RegistrationResult> {
  if (request.permissions === "selected" && !request.siteUrl)
    throw new Error("Sites.Selected needs the planning site's URL (--site) for the write grant.");
  const steps = new StepRunner(transport);
  const redirectUris = redirectUrisFor(request.baseUrl);
  const scopes = DELEGATED_SCOPES[request.permissions];
  const tenantId = await steps.tenantId();
  const graph = await steps.graphServicePrincipal();
  const appBody = applicationBody(request, redirectUris, scopes, graph.scopeIds);
  const existing = await steps.findApplication(request.displayName);
  const app = existing
    ? await steps.updateApplication(existing, appBody)
    : await steps.createApplication(appBody);
  const servicePrincipalId = await steps.servicePrincipalOf(app.appId);
  if (request.adminConsent !== false)
    await steps.adminConsent(servicePrincipalId, graph.id, scopes.join(" "));
  if (request.permissions === "selected" && request.siteUrl)
    await steps.grantSite(request.siteUrl, app.appId, request.displayName);
  return {
    dryRun: transport === undefined,
    calls: steps.calls,
    tenantId,
    clientId: app.appId,
    redirectUris,
    scopes,
    updated: existing !== undefined,
  };
}

/** The application object: sign-in audience, SPA redirect URIs and the delegated Graph scopes. */
function applicationBody(
  request: RegistrationRequest,
  redirectUris: readonly string[],
  scopes: readonly string[],
  scopeIds: (value: string) => string,
): Record<string, unknown> {
  return {
    displayName: request.displayName,
    signInAudience: "AzureADMyOrg",
    spa: { redirectUris },
    requiredResourceAccess: [
      {
        resourceAppId: MICROSOFT_GRAPH_APP_ID,
        resourceAccess: scopes.map((scope) => ({ id: scopeIds(scope), type: "Scope" })),
      },
    ],
  };
}

/** A record read from a Graph answer. */
function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

function text(value: unknown, what: string): string {
  if (typeof value !== "string" || value === "") throw new Error(`Graph's answer has no ${what}.`);
  return value;
}

/** The first element of a collection answer (`value`), if any. */
function firstOf(body: unknown): Record<string, unknown> | undefined {
  const value = record(body).value;
  return Array.isArray(value) && value.length > 0 ? record(value[0]) : undefined;
}

/** A `$filter` value for a URL; the dry run's `{placeholders}` stay readable (real ids are GUIDs). */
function filterParam(filter: string): string {
  return encodeURIComponent(filter).replace(/%7B/g, "{").replace(/%7D/g, "}");
}

/** OData string literal: single quotes doubled. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The registration's steps; each records its call and, in a dry run, answers with a placeholder. */
class StepRunner {
  readonly calls: GraphCall[] = [];

  constructor(private readonly transport: GraphTransport | undefined) {}

  private async send<T>(call: GraphCall, read: (body: unknown) => T, placeholder: T): Promise<T> {
    this.calls.push(call);
    if (!this.transport) return placeholder;
    const answer = await this.transport.send(call);
    if (answer.status < 200 || answer.status >= 300) {
      const error = record(record(answer.body).error);
      const detail = typeof error.message === "string" ? error.message : JSON.stringify(answer.body);
      throw new RegistrationStepError(call, answer.status, detail);
    }
    return read(answer.body);
  }

  tenantId(): Promise<string> {
    const call: GraphCall = { method: "GET", path: "/organization?$select=id,displayName" };
    return this.send(call, (body) => text(firstOf(body)?.id, "tenant id"), "{tenant-id}");
  }

  graphServicePrincipal(): Promise<{ id: string; scopeIds: (value: string) => string }> {
    const path = `/servicePrincipals(appId=${odataString(MICROSOFT_GRAPH_APP_ID)})?$select=id,oauth2PermissionScopes`;
    return this.send(
      { method: "GET", path },
      (body) => {
        const scopes = new Map<string, string>();
        const list = record(body).oauth2PermissionScopes;
        for (const scope of Array.isArray(list) ? list.map(record) : [])
          if (typeof scope.value === "string" && typeof scope.id === "string")
            scopes.set(scope.value, scope.id);
        return {
          id: text(record(body).id, "Microsoft Graph service principal id"),
          scopeIds: (value: string) => text(scopes.get(value), `id of the delegated permission ${value}`),
        };
      },
      { id: "{graph-service-principal-id}", scopeIds: (value: string) => `{scope-id:${value}}` },
    );
  }

  findApplication(displayName: string): Promise<{ id: string; appId: string } | undefined> {
    const filter = filterParam(`displayName eq ${odataString(displayName)}`);
    const call: GraphCall = { method: "GET", path: `/applications?$filter=${filter}&$select=id,appId` };
    return this.send(
      call,
      (body) => {
        const found = firstOf(body);
        return found
          ? { id: text(found.id, "application id"), appId: text(found.appId, "appId") }
          : undefined;
      },
      undefined,
    );
  }

  createApplication(body: Record<string, unknown>): Promise<{ id: string; appId: string }> {
    return this.send(
      { method: "POST", path: "/applications", body },
      (answer) => ({
        id: text(record(answer).id, "application id"),
        appId: text(record(answer).appId, "appId"),
      }),
      { id: "{application-object-id}", appId: "{client-id}" },
    );
  }

  async updateApplication(
    app: { id: string; appId: string },
    body: Record<string, unknown>,
  ): Promise<{ id: string; appId: string }> {
    await this.send({ method: "PATCH", path: `/applications/${app.id}`, body }, () => undefined, undefined);
    return app;
  }

  /** The enterprise application (service principal) of the app: found, else created. */
  async servicePrincipalOf(appId: string): Promise<string> {
    const filter = filterParam(`appId eq ${odataString(appId)}`);
    const found = await this.send(
      { method: "GET", path: `/servicePrincipals?$filter=${filter}&$select=id` },
      (body) => firstOf(body)?.id,
      undefined,
    );
    if (typeof found === "string") return found;
    return this.send(
      { method: "POST", path: "/servicePrincipals", body: { appId } },
      (body) => text(record(body).id, "service principal id"),
      "{service-principal-id}",
    );
  }

  /** Tenant-wide admin consent for the delegated scopes (an existing grant gets the scopes). */
  async adminConsent(clientId: string, resourceId: string, scope: string): Promise<void> {
    const filter = filterParam(
      `clientId eq ${odataString(clientId)} and resourceId eq ${odataString(resourceId)}`,
    );
    const existing = await this.send(
      { method: "GET", path: `/oauth2PermissionGrants?$filter=${filter}` },
      (body) => firstOf(body)?.id,
      undefined,
    );
    if (typeof existing === "string") {
      await this.send(
        { method: "PATCH", path: `/oauth2PermissionGrants/${existing}`, body: { scope } },
        () => undefined,
        undefined,
      );
      return;
    }
    const body = { clientId, consentType: "AllPrincipals", resourceId, scope };
    await this.send({ method: "POST", path: "/oauth2PermissionGrants", body }, () => undefined, undefined);
  }

  /** Sites.Selected: the app gets `write` on the planning site. */
  async grantSite(siteUrl: string, appId: string, displayName: string): Promise<void> {
    const url = new URL(siteUrl);
    const sitePath = url.pathname.replace(/\/+$/, "");
    const siteId = await this.send(
      { method: "GET", path: `/sites/${url.hostname}:${sitePath}?$select=id` },
      (body) => text(record(body).id, "site id"),
      "{site-id}",
    );
    const body = { roles: ["write"], grantedToIdentities: [{ application: { id: appId, displayName } }] };
    await this.send(
      { method: "POST", path: `/sites/${siteId}/permissions`, body },
      () => undefined,
      undefined,
    );
  }
}
