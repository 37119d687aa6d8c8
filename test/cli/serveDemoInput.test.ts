// serve-demo --input reads a planning input file like plan --input does: schema-checked, defaults applied.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runServeDemo } from "../../src/cli/commands/serveDemo";
import type { CommandIo } from "../../src/cli/commands/graphConnection";
import { InputFileError } from "../../src/adapters/node/inputFileError";

const io: CommandIo = { out: () => undefined, err: () => undefined, env: {} };
const noDemo = () => {
  throw new Error("the test serves its own input");
};

describe("serve-demo --input", () => {
  const dir = mkdtempSync(join(tmpdir(), "serve-input-"));

  it("serves a file that gives only the plan year, with the default configuration", async () => {
    const file = join(dir, "minimal.json");
    const need = {
      id: "N-1",
      title: "Patruljebiler",
      unit: "oslo",
      area: "Materiell",
      category: "materiell",
    };
    writeFileSync(file, JSON.stringify({ config: { planYear: 2027 }, needs: [need] }));
    const demo = await runServeDemo({ input: file, caOut: join(dir, "ca.pem") }, io, noDemo);
    try {
      expect(demo.server.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    } finally {
      await demo.server.close();
    }
  });

  it("refuses an unusable file with exit code 2, naming the file and the path", async () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ config: { planYear: 2027 }, needs: [], people: [{ id: "p" }] }));
    const failure = runServeDemo({ input: file }, io, noDemo);
    // The CLI prints an InputFileError in the user's language and exits with code 2.
    await expect(failure).rejects.toBeInstanceOf(InputFileError);
    await expect(failure).rejects.toMatchObject({
      file,
      problems: expect.arrayContaining([
        expect.objectContaining({ params: expect.objectContaining({ path: "/people/0" }) }),
      ]),
    });
  });
});
