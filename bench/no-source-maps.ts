/**
 * Preloaded (`--require`) after tsx to turn source-mapped stack traces off again. tsx turns them
 * on; the Pulumi SDK takes a stack trace for every promise it wraps and every resource it
 * registers, and mapping each of those frames costs about a quarter of the program's CPU time.
 * Only stack traces change (they point into the transpiled code); no result does.
 */
process.setSourceMapsEnabled(false);
