import { describe, expect, it } from "vitest";
import { mapImportHeaders, readImportRow } from "../src/registration-import";
import { importColumns } from "../src/values";

describe("mapImportHeaders", () => {
  it("reads the template's names and the names people give these columns, in any case and spacing", () => {
    const { columns, problems } = mapImportHeaders([
      "Given Name",
      "SURNAME",
      "Date of birth",
      "Gender",
      "p-code",
      "Mobile",
      "Remarks",
    ]);
    expect(columns).toEqual([
      "given_name",
      "family_name",
      "birth_date",
      "sex",
      "admin_area_code",
      "phone",
      null,
    ]);
    expect(problems).toEqual([]);
  });

  it("names every required column missing and every column given twice", () => {
    expect(mapImportHeaders(["family_name", "phone", "Mobile"]).problems).toEqual([
      "the column phone is given twice",
      "the column given_name is missing",
      "the column sex is missing",
      "the column admin_area_code is missing",
      "a birth_date or a birth_year column is needed",
    ]);
  });

  it("maps the template itself without a problem", () => {
    expect(mapImportHeaders(importColumns.map((c) => c.name)).problems).toEqual([]);
  });
});

describe("readImportRow", () => {
  const base = {
    given_name: "Shahida",
    family_name: "Begum",
    birth_date: "1987-06-30",
    sex: "F",
    admin_area_code: "bd3026",
  } as const;

  it("makes a registration of the cells, as a registration typed in the workspace would be", () => {
    const { person, problems } = readImportRow({
      ...base,
      languages: "bn, en",
      destination_country: "sa",
      return_type: "Forced",
      return_date: "15/11/2024",
      phone: " 01711-000111 ",
    });
    expect(problems).toEqual([]);
    expect(person).toMatchObject({
      givenName: "Shahida",
      familyName: "Begum",
      birthDate: "1987-06-30",
      sex: "female",
      adminAreaCode: "BD3026",
      phone: "01711-000111",
      languages: ["bn", "en"],
      migrationEpisodes: [{ destinationCountry: "SA", returnType: "forced", endDate: "2024-11-15" }],
    });
  });

  it("reads a date written day first and a spreadsheet date, and a year as a number", () => {
    expect(readImportRow({ ...base, birth_date: "30.6.1987" }).person?.birthDate).toBe("1987-06-30");
    expect(readImportRow({ ...base, birth_date: new Date(Date.UTC(1987, 5, 30)) }).person?.birthDate).toBe(
      "1987-06-30",
    );
    const yearOnly = readImportRow({ ...base, birth_date: undefined, birth_year: 1987 });
    expect(yearOnly.person).toMatchObject({ birthYear: 1987 });
    expect(yearOnly.person?.birthDate).toBeUndefined();
  });

  it("names the column of every problem", () => {
    const { person, problems } = readImportRow({
      given_name: "",
      birth_date: "31/02/1990",
      sex: "x",
      admin_area_code: "ZZ1",
      destination_country: "SA",
    });
    expect(person).toBeNull();
    expect(problems.map((p) => p.column).sort()).toEqual([
      "admin_area_code",
      "birth_date",
      "given_name",
      "return_type",
      "sex",
    ]);
    expect(problems.find((p) => p.column === "birth_date")!.message).toMatch(/birthDate/);
  });

  it("refuses a row with neither a birth date nor a year", () => {
    const { problems } = readImportRow({ ...base, birth_date: undefined });
    expect(problems).toEqual([{ column: "birth_date", message: "birthDate or birthYear is required" }]);
  });
});
