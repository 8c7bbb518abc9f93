import { answer, client } from "../api/client";
import { getOrganisation } from "../api/records";
import { type PickerProps, RemoteSelect } from "./RemoteSelect";

const searchOrganisations = async (q: string) =>
  (await answer(client.GET("/api/v1/organisations", { params: { query: { q, limit: 20 } } }))).items.map(
    (o) => ({ value: o.id, label: o.name }),
  );
const nameOf = async (id: string) => (await getOrganisation(id)).name;

const words = { nothing: "admin.org.noneFound", failed: "admin.org.searchFailed" };

/**
 * One organisation, or several with `multiple`, found by a part of its name as the user types (a
 * deployment can hold thousands); before any typing it offers the first ones by name, unless
 * `minLength` asks for some text first.
 */
export function OrganisationPicker(props: PickerProps<"search" | "queryKey" | "lookup">) {
  return (
    <RemoteSelect
      words={words}
      minLength={0}
      {...props}
      queryKey={["organisations", "picker"]}
      search={searchOrganisations}
      lookup={nameOf}
    />
  );
}
