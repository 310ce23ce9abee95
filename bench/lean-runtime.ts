/**
 * Preloaded (`--require`, after tsx) to drop stack-trace work that no result depends on:
 * - tsx turns source-mapped stack traces on; mapping every frame is costly;
 * - the Pulumi SDK takes `new Error().stack` for every promise it wraps (a debugging aid for
 *   leaked promises). `Error.stackTraceLimit = 0` makes those empty. The SDK's own source
 *   positions of resources are unaffected: `Resource.callsites` raises the limit itself.
 * Together about half of the registration CPU under the mocks. Only stack traces change: nothing
 * in the check reads them, so no finding or count does.
 */
process.setSourceMapsEnabled(false);
Error.stackTraceLimit = 0;
