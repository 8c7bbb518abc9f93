import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** The country of the side's organisation: reference data holds no record of anyone, so both sides answer alike. */
const country = (c: ProbeContext) => (c.set === "erbil" ? "IQ" : "BD");
const read = (url: (c: ProbeContext) => string) => ({
  request: (c: ProbeContext) => ({ url: url(c) }),
  facts: () => ({}),
});

accessMatrix(
  "reference",
  {
    "GET /reference/isco": read(() => "/reference/isco?q=electric"),
    "GET /reference/isic": read(() => "/reference/isic?q=constr"),
    "GET /reference/countries": read((c) => `/reference/countries?lang=${c.set === "erbil" ? "ar" : "bn"}`),
    "GET /reference/admin-areas": read((c) => `/reference/admin-areas?country=${country(c)}&limit=5`),
    "GET /reference/isced": read(() => "/reference/isced"),
    "GET /reference/languages": read(() => "/reference/languages"),
    "GET /reference/service-categories": read(() => "/reference/service-categories"),
  },
  { records: false },
);
