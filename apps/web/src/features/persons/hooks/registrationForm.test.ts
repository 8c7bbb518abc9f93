import { describe, expect, it } from "vitest";
import { duplicateProbe, initialForm, type RegistrationForm, toPersonInput } from "./registrationForm";

const form = (patch: Partial<RegistrationForm>): RegistrationForm => ({ ...initialForm, ...patch });

describe("the registration form", () => {
  it("sends the phone as typed, for the server to read with the home area's country", () => {
    const input = toPersonInput(
      form({
        givenName: " Rahima ",
        sex: "female",
        birthYear: "1988",
        phone: " 01712-345678 ",
        adminAreaCode: "BD3026",
      }),
    );
    expect(input).toMatchObject({ givenName: "Rahima", phone: "01712-345678", adminAreaCode: "BD3026" });
  });

  it("compares a phone typed locally once it has eight digits, with the home area to read it by", () => {
    expect(duplicateProbe(form({ givenName: "Ra" }))).toEqual({ givenName: "Ra" });
    expect(duplicateProbe(form({ givenName: "R" }))).toBeNull();
    expect(duplicateProbe(form({ givenName: "Rahima", phone: "0171-23" }))).toEqual({ givenName: "Rahima" });
    expect(
      duplicateProbe(form({ givenName: "Rahima", phone: "0171-2345678", adminAreaCode: "BD3026" })),
    ).toEqual({
      givenName: "Rahima",
      phone: "0171-2345678",
      adminAreaCode: "BD3026",
    });
    expect(duplicateProbe(form({ givenName: "Rahima", phone: "ask her son" }))).toEqual({
      givenName: "Rahima",
    });
  });

  it("sends the sex, the home district and the address, which linkage compares too", () => {
    expect(
      duplicateProbe(
        form({ givenName: "Rahima", sex: "female", adminAreaCode: "BD3026", address: " Vill. Char " }),
      ),
    ).toEqual({ givenName: "Rahima", sex: "female", adminAreaCode: "BD3026", address: "Vill. Char" });
    expect(duplicateProbe(form({ givenName: "Rahima", quick: true, address: "Vill. Char" }))).toEqual({
      givenName: "Rahima",
    });
  });

  it("leaves out identity parts too short to compare", () => {
    expect(
      duplicateProbe(form({ givenName: "Rahima", familyName: " Begum ", birthYear: "88", nationalId: "12" })),
    ).toEqual({ givenName: "Rahima", familyName: "Begum" });
    expect(duplicateProbe(form({ givenName: "Rahima", birthDate: "1988-04-12", birthYear: "1988" }))).toEqual(
      {
        givenName: "Rahima",
        birthDate: "1988-04-12",
      },
    );
  });
});
