/**
 * `spbe diagram <inventory> [--agency <id>] [--out file.svg]`: the region WAN, or one agency's
 * LAN, as SVG rendered in-process by Graphviz (WASM). Needs the inventory and its lock only.
 */
import {
  LANG_OPTION,
  langOf,
  writeFileAtomic,
  parseCommandArgs,
  printError,
  UsageError,
  withUsage,
} from "./args";
import { SAY } from "./report-messages";
import { MISUSE } from "./usage-messages";
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";
import { lanDiagram, wanDiagram } from "../report/build";
import { svgFile } from "../report/files";
import { inventoryAndPlan } from "../report/gather";
import { reportRouters } from "../report/network";

const USAGE = [
  "Usage: spbe diagram <inventory.yaml> [--agency <id>] [--out <file.svg>] [--lang id|en]",
  "",
  "Draws the region's WAN (Pusat Data core, agency routers with their link prefixes and interface",
  "addresses, the DRC, interconnects to JIP, PDN and SPLP), or with --agency the LAN of that agency (router, LAN",
  "prefix, VLAN, gateway, counts, apps, last submission: the yearly NET-04 diagram).",
  "Writes the SVG to --out, or to stdout. Addresses come from the lock file (run `spbe ipam` first).",
  "--lang id|en chooses the language of the error messages (default id, or SPBE_LANG).",
  "",
  "Exit 0 drawn, 2 malformed input or usage.",
].join("\n");

export const command: Command = {
  name: "diagram",
  summary: "draw the region WAN or an agency's LAN as SVG",
  usage: USAGE,
  run: (argv) =>
    withUsage(command, argv, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, {
        agency: { type: "string" },
        out: { type: "string" },
        ...LANG_OPTION,
      });
      if (help) return (process.stdout.write(`${USAGE}\n`), EXIT_OK);
      const lang = langOf(values);
      if (positionals.length !== 1) throw new UsageError(MISUSE.oneInventory());
      const file = positionals[0] as string;
      const base = inventoryAndPlan(file, undefined, lang);
      if (!base.ok) {
        for (const e of base.errors) process.stderr.write(`${e}\n`);
        printError("diagram", SAY.errors({ file, n: base.errors.length, what: "diagram" })[lang]);
        return EXIT_USAGE;
      }
      const { inventory, plan, devices } = base.value;
      const routers = reportRouters(inventory, plan, devices);
      const agency = values.agency as string | undefined;
      if (agency !== undefined && !inventory.agencies.some((a) => a.id === agency)) {
        const known = inventory.agencies.map((a) => a.id).join(", ");
        printError("diagram", SAY.noAgency({ file, agency, known })[lang]);
        return EXIT_USAGE;
      }
      const diagram = agency
        ? await lanDiagram(inventory, plan, routers, agency)
        : await wanDiagram(inventory, plan, routers);
      const svg = svgFile(diagram);
      if (typeof values.out === "string") {
        try {
          writeFileAtomic(values.out, svg);
        } catch (e) {
          const why = `${values.out}: ${e instanceof Error ? e.message : String(e)}`;
          printError("diagram", SAY.notWritten({ why })[lang]);
          return EXIT_USAGE;
        }
        process.stderr.write(`spbe diagram: ${values.out}\n`);
      } else {
        process.stdout.write(svg);
      }
      return EXIT_OK;
    }),
};
