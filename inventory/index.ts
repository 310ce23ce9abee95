/** The inventory module: schema, loader and the types other modules read. */
export * from "./schema";
export { primitives, isValidCidr, isValidCron, isValidDate } from "./primitives";
export { loadInventory, loadInventoryFromString, type LoadOptions, type LoadResult } from "./loader";
export {
  formatError,
  formatErrorIn,
  formatPath,
  located,
  messageIn,
  parsePath,
  sortErrors,
  type InventoryError,
  type PathSegment,
  type SourceLocation,
} from "./errors";
export { chooseLang, type Lang, type Message, type Text } from "./messages";
export { RENAMED_FIELDS, type FieldRename } from "./deprecations";
