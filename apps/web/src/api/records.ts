import { answer, client } from "./client";

// Look-ups of records every feature names by id: whose work it was, which organisation.
const path = (id: string) => ({ params: { path: { id } } });
export const getUser = (id: string) => answer(client.GET("/api/v1/users/{id}", path(id)));
export const getOrganisation = (id: string) => answer(client.GET("/api/v1/organisations/{id}", path(id)));
