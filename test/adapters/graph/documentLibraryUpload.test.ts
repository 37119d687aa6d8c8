// Tests of the SharePoint upload of the Project XML against a recording fake of the Graph client.
import type { Client } from "@microsoft/microsoft-graph-client";
import { saveToDocumentLibrary, uploadPath } from "../../../src/adapters/graph/documentLibraryUpload";

function fakeClient(response: unknown) {
  const seen: { path?: string; query?: unknown; headers: Record<string, string>; body?: unknown } = {
    headers: {},
  };
  const request = {
    query(q: unknown) {
      seen.query = q;
      return request;
    },
    header(name: string, value: string) {
      seen.headers[name] = value;
      return request;
    },
    async put(body: unknown) {
      seen.body = body;
      return response;
    },
  };
  const client = {
    api(path: string) {
      seen.path = path;
      return request;
    },
  } as unknown as Pick<Client, "api">;
  return { client, seen };
}

describe("documentLibraryUpload", () => {
  it("builds the upload path for the default library or a named one, encoding each part", () => {
    expect(uploadPath({ siteId: "site,1" }, "plan.xml")).toBe(
      "/sites/site%2C1/drive/root:/plan.xml:/content",
    );
    expect(
      uploadPath(
        { siteId: "s", driveId: "b!x", folder: "/Planer/2027 rullerende/" },
        "Anskaffelsesplan 2027.xml",
      ),
    ).toBe("/sites/s/drives/b!x/root:/Planer/2027%20rullerende/Anskaffelsesplan%202027.xml:/content");
    expect(() => uploadPath({ siteId: "s" }, "a/b.xml")).toThrow(/Invalid file name/);
  });

  it("puts the XML, replacing an older copy, and returns the web URL", async () => {
    const { client, seen } = fakeClient({ id: "01ABC", webUrl: "https://politiet.sharepoint.com/plan.xml" });
    const saved = await saveToDocumentLibrary(
      client,
      { siteId: "s", folder: "Planer" },
      "plan.xml",
      "<Project/>",
    );
    expect(saved).toEqual({ id: "01ABC", webUrl: "https://politiet.sharepoint.com/plan.xml" });
    expect(seen).toEqual({
      path: "/sites/s/drive/root:/Planer/plan.xml:/content",
      query: { "@microsoft.graph.conflictBehavior": "replace" },
      headers: { "Content-Type": "application/xml" },
      body: "<Project/>",
    });
  });

  it("fails clearly when Graph answers without the item", async () => {
    const { client } = fakeClient({});
    await expect(
      saveToDocumentLibrary(client, { siteId: "s" }, "plan.xml", "<Project/>"),
    ).rejects.toMatchObject({ messageKey: "error.upload.unconfirmed", messageParams: { file: "plan.xml" } });
  });
});
