import { type PickerProps, RemoteSelect } from "../../../components/RemoteSelect";
import { searchPersons } from "../api/rules";
import { personOptions } from "../hooks/personOptions";

const search = async (q: string) => personOptions((await searchPersons(q)).items);

/** A returnee found by name as the user types, shown with their name and record id. */
export function PersonPicker(props: PickerProps<"search" | "queryKey">) {
  return <RemoteSelect {...props} queryKey={["persons", "picker"]} search={search} />;
}
