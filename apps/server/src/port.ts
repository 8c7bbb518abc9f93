/**
 * A service one module provides to another that may not import it, because the import would run against the
 * module graph (referrals depend on cases and persons, not the other way round): the providing module calls
 * `provide` when it is loaded, the using module calls `get` when it needs it.
 */
export function port<T>(what: string) {
  let provided: T | undefined;
  return {
    provide(service: T) {
      provided = service;
    },
    get(): T {
      if (!provided)
        throw new Error(`${what} has not been provided: the module that provides it is not loaded`);
      return provided;
    },
  };
}
