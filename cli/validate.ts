/** `spbe validate`: being written; until then it refuses to run rather than pretend. */
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";

export const command: Command = {
  name: "validate",
  summary: "check inventory files against the schema and cross-references",
  usage: "Usage: spbe validate <inventory.yaml…>",
  async run(argv) {
    if (argv.includes("--help") || argv.includes("-h")) {
      process.stdout.write(`${command.usage}\n`);
      return EXIT_OK;
    }
    process.stderr.write("spbe validate: not implemented yet\n");
    return EXIT_USAGE;
  },
};
