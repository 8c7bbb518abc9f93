export * from "./admin-areas";
export * from "./countries";
export * from "./currencies";
export * from "./isced";
export * from "./isco";
export * from "./isic";
export * from "./languages";
export * from "./service-taxonomy";
