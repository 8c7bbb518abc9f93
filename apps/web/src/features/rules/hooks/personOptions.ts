import type { RemoteOption } from "../../../components/RemoteSelect";
import type { PersonHit } from "../api/rules";

/**
 * Returnees as options: by name with the start of their record id (two people can share a name), and
 * under it their name in their own script and their whole id.
 */
export const personOptions = (persons: readonly PersonHit[]): RemoteOption[] =>
  persons.map((p) => ({
    value: p.id,
    label: `${p.givenName} ${p.familyName} (${p.id.slice(0, 8)})`,
    hint: `${p.nameNative ? `${p.nameNative} · ` : ""}${p.id}`,
  }));
