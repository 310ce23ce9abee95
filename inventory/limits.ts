/**
 * Bounds of what the loader reads. An inventory is written by people and reviewed in pull
 * requests, but `spbe check` also runs on pull requests from forks: whatever a file holds, the
 * loader answers within these bounds, with a located error when one is passed.
 *
 * The figures leave ample room for the largest real case, a province of 2,000 applications
 * (about 1.5 MB of YAML in one file, or split into a few dozen included files).
 */
export const LIMITS = {
  /** Bytes of one file (the region file or one included file). */
  fileBytes: 4 * 2 ** 20,
  /** Bytes of the region file and all its includes together. */
  totalBytes: 16 * 2 ** 20,
  /** Included files, all levels together. */
  includeFiles: 64,
  /** Levels of `include:` below the region file. */
  includeDepth: 8,
  /** Nesting of YAML collections (mappings and lists); the deepest real path is about 8. */
  nesting: 64,
  /**
   * Values that aliases (`*a`) stand for, counted as if expanded: an anchor of 50 values used 4
   * times counts 200. Real inventories use none or a handful of small ones.
   */
  aliasValues: 10_000,
  /**
   * Time the YAML parser may take on one file, milliseconds: a backstop. A valid 4 MB file takes
   * about 1.3 s on an idle core, several times that on a loaded CI runner; it is never refused.
   */
  parseMs: 10_000,
  /** Errors listed per load; the rest are counted in one last line. */
  errors: 200,
} as const;
