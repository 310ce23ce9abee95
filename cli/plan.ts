/** `spbe plan`: being written; until then it refuses to run rather than pretend. */
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";

export const command: Command = {
  name: "plan",
  summary: "print the address plan of an inventory",
  usage: "Usage: spbe plan <inventory.yaml> [--format text|json]",
  async run(argv) {
    if (argv.includes("--help") || argv.includes("-h")) {
      process.stdout.write(`${command.usage}\n`);
      return EXIT_OK;
    }
    process.stderr.write("spbe plan: not implemented yet\n");
    return EXIT_USAGE;
  },
};
