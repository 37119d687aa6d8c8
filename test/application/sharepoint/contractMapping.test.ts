/**
 * The KAV list's mapping: the tool's own list maps every field, an existing list is matched on
 * internal or display names (æøå folded), and a mapping file is checked field by field.
 */
import {
  CONTRACT_FIELDS,
  defaultContractMapping,
  parseContractMapping,
  suggestContractMapping,
} from "../../../src/application/sharepoint/contractMapping";
import { kavListDefinition } from "../../../src/application/sharepoint/listSchemas";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";

const config = defaultPlanConfig(2027);

describe("contract mapping", () => {
  it("maps every field of the tool's own KAV list to its columns", () => {
    expect(suggestContractMapping(kavListDefinition(config).columns, config)).toEqual(
      defaultContractMapping(),
    );
    expect(Object.keys(defaultContractMapping().contractFields)).toEqual([...CONTRACT_FIELDS]);
  });

  it("matches another list's columns by display name, and leaves the rest unmapped", () => {
    const suggested = suggestContractMapping(
      [
        { name: "Title", displayName: "Tittel", kind: "text" },
        { name: "LEVERANDOR", displayName: "Leverandør", kind: "text" },
        { name: "_x0053_tart", displayName: "Startdato", kind: "date" },
        { name: "Verdi", displayName: "Verdi", kind: "currency" },
        { name: "Modified", displayName: "Endret", kind: "date", readOnly: true },
      ],
      config,
    );
    expect(suggested.contractFields).toEqual({
      title: "Title",
      supplier: "LEVERANDOR",
      startDate: "_x0053_tart",
    });
  });

  it("checks a mapping file field by field", () => {
    expect(() => parseContractMapping({})).toThrow("needs `contractFields`");
    expect(() => parseContractMapping({ contractFields: { kavId: "Nr", price: "Pris" } })).toThrow(
      "contractFields.price is not a contract field",
    );
    expect(() =>
      parseContractMapping({ contractFields: { kavId: "", startDate: "A", endDate: "B" } }),
    ).toThrow("contractFields.kavId must be an internal column name");
    expect(() => parseContractMapping({ contractFields: { kavId: "Nr", startDate: "A" } })).toThrow(
      "contractFields.endDate is required",
    );
    expect(parseContractMapping({ contractFields: { kavId: "Nr", startDate: "A", endDate: "B" } })).toEqual({
      contractFields: { kavId: "Nr", startDate: "A", endDate: "B" },
    });
  });
});
