/** `spbe ipam`: being written; until then it refuses to run rather than pretend. */
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";

export const command: Command = {
  name: "ipam",
  summary: "allocate addresses into the append-only lock file beside the inventory",
  usage: "Usage: spbe ipam <inventory.yaml> [--check] [--release <agency>]",
  async run(argv) {
    if (argv.includes("--help") || argv.includes("-h")) {
      process.stdout.write(`${command.usage}\n`);
      return EXIT_OK;
    }
    process.stderr.write("spbe ipam: not implemented yet\n");
    return EXIT_USAGE;
  },
};
