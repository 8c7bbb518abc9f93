import { homeOfLanguage, portalPhoneCountries } from "@homecoming/domain/values";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../i18n/languages";
import type { PhoneCountry } from "../api";
import { Field, type Problem, Select } from "../forms";

/** The country a number is probably from, by the language chosen (Bangladesh when English). */
export function likelyCountry(language: string): PhoneCountry {
  return homeOfLanguage[isLanguage(language) ? language : "en"].country;
}

/** A mobile number with its country, so that it can be typed the local way (01712 345678). */
export function PhoneQuestion({
  phone,
  country,
  onPhone,
  onCountry,
  problems,
  hint,
}: {
  phone: string;
  country: PhoneCountry;
  onPhone: (phone: string) => void;
  onCountry: (country: PhoneCountry) => void;
  problems: readonly Problem[];
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        id="country"
        label={t("portal.account.phone.country")}
        options={portalPhoneCountries.map((c) => ({ value: c, label: t(`portal.account.countries.${c}`) }))}
        value={country}
        onChange={onCountry}
        problems={problems}
      />
      <Field
        id="phone"
        type="tel"
        label={t("portal.account.phone.number")}
        hint={hint ?? t("portal.account.phone.numberHint")}
        autoComplete="tel-national"
        value={phone}
        onChange={onPhone}
        problems={problems}
      />
    </>
  );
}
