/** `spbe plan <inventory> [--format text|json]`: the address plan, read from the lock. */
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from "./command";
import { LANG_OPTION, langOf, parseCommandArgs, printError, UsageError, withUsage } from "./args";
import { MISUSE } from "./usage-messages";
import { lockOrReport, loadOrReport } from "./load";
import { formatTable } from "./table";
import { planAddresses } from "../plan/ipam";
import type { AddressPlan } from "../plan/types";

/** The plan as aligned tables: agencies, site ranges, hosts. */
export function formatPlanText(plan: AddressPlan): string {
  const agencies = formatTable(
    ["AGENCY", "LAN", "GATEWAY", "VLAN", "WAN LINK", "CORE END", "AGENCY END"],
    plan.agencies.map((a) => [a.agency, a.lan, a.gateway, a.vlan, a.wan.prefix, a.wan.core, a.wan.agency]),
  );
  const sites = formatTable(
    ["SITE", "PURPOSE", "PREFIX", "VLAN"],
    plan.sites.map((s) => [s.site, s.purpose, s.prefix, s.vlan]),
  );
  const hosts = formatTable(
    ["HOST", "SITE", "ADDRESS"],
    plan.hosts.map((h) => [h.id, h.site, h.address]),
  );
  return [
    `Address plan of ${plan.region} (supernet ${plan.supernet})`,
    "",
    "Perangkat Daerah",
    agencies,
    "",
    "Site ranges",
    sites,
    "",
    "Hosts",
    hosts,
    "",
  ].join("\n");
}

export const command: Command = {
  name: "plan",
  summary: "print the address plan of an inventory (from its lock) as a table or JSON",
  usage: [
    "Usage: spbe plan <inventory.yaml> [--format text|json] [--lang id|en]",
    "",
    "Prints each agency's LAN, gateway, VLAN and WAN link (core and agency ends), the site",
    "ranges and the host addresses, as recorded in the lock beside the inventory. Never allocates:",
    "an allocation the lock lacks is an error telling to run `spbe ipam`.",
    "",
    "  --format text|json  output format (default text)",
    "  --lang id|en        language of the error messages: id (Bahasa Indonesia, the default) or en;",
    "                      without --lang the SPBE_LANG environment variable chooses",
    "",
    "Exit 0 ok, 1 when the lock lacks an allocation or the plan cannot be made, 2 malformed input.",
  ].join("\n"),
  run: (argv) =>
    withUsage(command, argv, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, {
        format: { type: "string", default: "text" },
        ...LANG_OPTION,
      });
      if (help) return (process.stdout.write(`${command.usage}\n`), EXIT_OK);
      const lang = langOf(values);
      if (positionals.length !== 1) throw new UsageError(MISUSE.oneInventory());
      const format = values.format as string;
      if (format !== "text" && format !== "json")
        throw new UsageError(MISUSE.formatTextJson({ got: format }));
      const [file] = positionals;
      const inventory = loadOrReport(file, lang);
      if (!inventory) return EXIT_USAGE;
      const read = lockOrReport(file, lang);
      if (!read.ok) return EXIT_USAGE;
      const result = planAddresses(inventory, read.lock, file);
      if (!result.ok) {
        for (const e of result.texts) printError("plan", e[lang]);
        return EXIT_FINDINGS;
      }
      process.stdout.write(
        format === "json" ? `${JSON.stringify(result.plan, null, 2)}\n` : formatPlanText(result.plan),
      );
      return EXIT_OK;
    }),
};
