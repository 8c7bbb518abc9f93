import { errorMessages } from "@homecoming/domain/messages";
import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import bangla from "../i18n/locales/bn/errors.json";
import referralsBangla from "../i18n/locales/bn/referrals.json";
import { ApiError, answer, inReadersLanguage } from "./client";

beforeAll(async () => {
  await i18n.init({
    lng: "en",
    fallbackLng: "en",
    resources: {
      en: { translation: { errors: errorMessages } },
      bn: { translation: { errors: bangla, referrals: referralsBangla } },
    },
    interpolation: { escapeValue: false },
  });
});

/** The ApiError of a call the server refused with this error body. */
async function refused(error: Record<string, unknown>, status = 409): Promise<ApiError> {
  try {
    await answer(Promise.resolve({ error: { error }, response: new Response(null, { status }) }));
  } catch (e) {
    return e as ApiError;
  }
  throw new Error("the call was not refused");
}

describe("an error the server answers", () => {
  it("reads in the reader's language, with the values the server sent", async () => {
    const error = {
      code: "invalid_transition",
      message: "Cannot complete a referral that is draft",
      key: "referral.cannot_move",
      values: { action: "complete", status: "draft" },
    };
    await i18n.changeLanguage("en");
    expect(inReadersLanguage(error)).toBe("Cannot complete a referral that is draft");
    await i18n.changeLanguage("bn");
    const shown = await refused(error);
    expect(shown).toBeInstanceOf(ApiError);
    // the status and the action in Bangla words too, as the referral's own screen names them
    expect(shown.message).toBe(
      bangla["referral.cannot_move"]
        .replace("$t(referrals.status.{{status}})", referralsBangla.status.draft)
        .replace("$t(referrals.action.{{action}})", referralsBangla.action.complete),
    );
    expect(shown.message).not.toMatch(/draft|complete/);
    expect({ code: shown.code, key: shown.key, status: shown.status }).toEqual({
      code: "invalid_transition",
      key: "referral.cannot_move",
      status: 409,
    });
  });

  it("keeps the server's English for a key the catalogue does not have yet (a newer server), and the field it names", async () => {
    await i18n.changeLanguage("bn");
    const shown = await refused(
      {
        code: "validation",
        message: "by names a disaggregation twice",
        field: "by",
        key: "indicator.added_later",
      },
      400,
    );
    expect({ message: shown.message, field: shown.field }).toEqual({
      message: "by names a disaggregation twice",
      field: "by",
    });
  });
});
