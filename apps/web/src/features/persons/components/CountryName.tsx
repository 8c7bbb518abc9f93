import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchCountries } from "../../../api/reference";

/** A country's name in the interface language, from its ISO code. */
export function CountryName({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const countries = useQuery({
    queryKey: ["reference", "countries", i18n.language],
    queryFn: () => fetchCountries(i18n.language),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return <>{countries.data?.items.find((c) => c.code === code)?.name ?? code}</>;
}
