/** The inventory module: schema, loader and the types other modules read. */
export * from "./schema";
export { primitives, isValidCidr, isValidCron, isValidDate } from "./primitives";
export { loadInventory, loadInventoryFromString, type LoadOptions, type LoadResult } from "./loader";
export {
  formatError,
  formatPath,
  parsePath,
  sortErrors,
  type InventoryError,
  type PathSegment,
  type SourceLocation,
} from "./errors";
export { RENAMED_FIELDS, type FieldRename } from "./deprecations";
