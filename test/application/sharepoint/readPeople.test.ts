/**
 * The people list over HTTPS against the Graph-compatible server: good items become people (share
 * of a week, absences as date ranges in ISO or Norwegian form), every bad item is reported by item
 * and column, and people read + items reported = items in the list.
 */
import { parseAbsences, readPeople } from "../../../src/application/sharepoint/readPeople";
import { LIST_NAMES, peopleListDefinition } from "../../../src/application/sharepoint/listSchemas";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { buildTenant, connect, SITE_URL } from "../../adapters/graph/graphFixture";

const config = defaultPlanConfig(2027);

describe("parseAbsences", () => {
  it("reads ranges and single days, one per line or separated by semicolons", () => {
    expect(parseAbsences("2027-07-05–2027-07-23; 01.10.2027 - 03.10.2027\n2027-12-27")).toEqual({
      absences: [
        { from: "2027-07-05", to: "2027-07-23" },
        { from: "2027-10-01", to: "2027-10-03" },
        { from: "2027-12-27", to: "2027-12-27" },
      ],
    });
    expect(parseAbsences("2027-03-01-2027-03-05")).toEqual({
      absences: [{ from: "2027-03-01", to: "2027-03-05" }],
    });
    expect(parseAbsences("")).toEqual({ absences: [] });
  });

  it("names the first part that is not a period", () => {
    expect(parseAbsences("2027-07-05–2027-07-23; i sommer")).toEqual({ invalid: "i sommer" });
    expect(parseAbsences("2027-07-23–2027-07-05")).toEqual({ invalid: "2027-07-23–2027-07-05" });
    expect(parseAbsences("31.02.2027")).toEqual({ invalid: "31.02.2027" });
  });
});

describe("readPeople", () => {
  it("reads leads and lawyers and reports every item it cannot use", async () => {
    const tenant = buildTenant(0);
    const list = tenant.store.createList(tenant.site, peopleListDefinition(config));
    const add = (fields: Record<string, unknown>) => {
      const added = tenant.store.addItem(list, fields);
      if (typeof added === "string") throw new Error(added);
    };
    add({
      Title: "Kari Leder",
      PersonId: "L1",
      Role: "lead",
      Category: "ikt",
      Availability: 80,
      Absences: "2027-07-05–2027-07-23",
    });
    add({ Title: "Per Jurist", PersonId: "J1", Role: "lawyer" });
    add({ Title: "Uten rolle", PersonId: "X1" });
    add({ Title: "Leder uten kategori", PersonId: "L2", Role: "lead" });
    add({ Title: "For mye", PersonId: "L3", Role: "lead", Category: "ikt", Availability: 120 });
    add({ Title: "Rart fravær", PersonId: "L4", Role: "lead", Category: "ikt", Absences: "hele juli" });
    add({ Title: "Dobbel", PersonId: "L1", Role: "lead", Category: "ikt" });
    const conn = await connect(tenant.store);
    try {
      const read = await readPeople(conn.gateway, SITE_URL, LIST_NAMES.people, config.mainCategories);
      expect(read.people).toEqual([
        {
          id: "L1",
          name: "Kari Leder",
          role: "lead",
          category: "ikt",
          availability: 0.8,
          absences: [{ from: "2027-07-05", to: "2027-07-23" }],
        },
        { id: "J1", name: "Per Jurist", role: "lawyer", availability: 1, absences: [] },
      ]);
      expect(read.issues.map((i) => [i.itemId, i.field])).toEqual([
        ["3", "Role"],
        ["4", "Category"],
        ["5", "Availability"],
        ["6", "Absences"],
        ["7", "PersonId"],
      ]);
      expect(read.issues[4]?.detail).toBe('"L1" is used by item 1 too');
      expect(new Set(read.issues.map((i) => i.itemId)).size + read.people.length).toBe(list.items.size);
    } finally {
      await conn.close();
    }
  });
});
