/**
 * `spbe netlab <inventory>`: the region's Jaringan Intra built in network namespaces with the
 * rendered FRRouting and nftables configurations, and the reachability matrix it really has.
 */
import { writeFileSync } from "node:fs";
import { LANG_OPTION, langOf, parseCommandArgs, printError, UsageError, withUsage } from "./args";
import { MISUSE } from "./usage-messages";
import { catalog } from "../inventory/messages";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from "./command";
import { lockOrReport, loadOrReport } from "./load";
import { buildDeviceModel } from "../plan/devices/model";
import { runLab } from "../netlab/lab";
import { describeUnexpected, formatMatrixJson, formatMatrixText } from "../netlab/matrix";
import { missingTools } from "../netlab/tools";

const SAY = catalog("netlab-cli", {
  needsRoot: {
    id: () => "lab memerlukan Linux dan root (network namespace): jalankan dengan sudo",
    en: () => "the lab needs Linux and root (network namespaces): run it with sudo",
  },
  missingTools: {
    id: (p: { tools: string }) =>
      `tidak ada: ${p.tools} (apt-get install frr nftables iproute2 iputils-ping python3)`,
    en: (p: { tools: string }) =>
      `missing: ${p.tools} (apt-get install frr nftables iproute2 iputils-ping python3)`,
  },
});

export const command: Command = {
  name: "netlab",
  summary: "build the region's WAN in network namespaces (root) and test its reachability matrix",
  usage: [
    "Usage: spbe netlab <inventory.yaml> [--format text|json] [--lang id|en] [--out result.json]",
    "",
    "As root on Linux: one network namespace per router (FRRouting zebra + ospfd, the rendered",
    "nftables ruleset) and one host per agency LAN and site range, cabled by veth pairs as the",
    "device model says; no namespace has a link to the host's. Waits for OSPF, then sends ICMP and",
    "TCP from every agency LAN to every other LAN, range and interconnect and compares each with",
    "the policy. Everything it made is removed at the end, on failure and on Ctrl-C.",
    "",
    "  --format text|json       output format (default text)",
    "  --lang id|en             language of the text and the errors (default id, or SPBE_LANG)",
    "  --out <file>             also write the JSON result (for `spbe report --lab`)",
    "  --converge-timeout <s>   how long OSPF may take (default 60)",
    "Mutations (to prove the matrix catches faults):",
    "  --remove-link <agency>   leave an agency's WAN link uncabled",
    "  --drop-rule <router>:<tag>  remove one forward rule from a router's ruleset",
    "  --leak <a>,<b>           a direct link and static routes between two agencies' routers",
    "",
    "Exit 0 every pair as the policy says, 1 an unexpected reach or block (named on stderr),",
    "2 malformed input or usage, or the lab cannot run here (not root, tools missing).",
  ].join("\n"),
  run: (argv) =>
    withUsage(command, argv, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, {
        format: { type: "string", default: "text" },
        ...LANG_OPTION,
        out: { type: "string" },
        "converge-timeout": { type: "string", default: "60" },
        "remove-link": { type: "string", multiple: true },
        "drop-rule": { type: "string", multiple: true },
        leak: { type: "string", multiple: true },
      });
      if (help) return (process.stdout.write(`${command.usage}\n`), EXIT_OK);
      if (positionals.length !== 1) throw new UsageError(MISUSE.oneInventory());
      const format = values.format as string;
      if (format !== "text" && format !== "json")
        throw new UsageError(MISUSE.formatTextJson({ got: format }));
      const lang = langOf(values);
      const timeout = Number(values["converge-timeout"]);
      if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(MISUSE.convergeTimeout());
      const leaks = ((values.leak as string[] | undefined) ?? []).map((l) => {
        const pair = l.split(",");
        if (pair.length !== 2 || !pair[0] || !pair[1]) throw new UsageError(MISUSE.leak({ got: l }));
        return pair as [string, string];
      });
      const [file] = positionals;
      const inventory = loadOrReport(file, lang);
      if (!inventory) return EXIT_USAGE;
      const read = lockOrReport(file, lang);
      if (!read.ok) return EXIT_USAGE;
      const built = buildDeviceModel(inventory, read.lock, file);
      if (!built.ok) {
        for (const e of built.errors) printError("netlab", e);
        return EXIT_USAGE;
      }
      if (process.platform !== "linux" || process.getuid?.() !== 0) {
        printError("netlab", SAY.needsRoot()[lang]);
        return EXIT_USAGE;
      }
      const missing = missingTools(["ip", "nft", "vtysh", "zebra", "ospfd", "python3"]);
      if (missing.length > 0) {
        printError("netlab", SAY.missingTools({ tools: missing.join(", ") })[lang]);
        return EXIT_USAGE;
      }
      const agencies = new Set(inventory.agencies.map((a) => a.id));
      for (const a of [...((values["remove-link"] as string[] | undefined) ?? []), ...leaks.flat()])
        if (!agencies.has(a)) throw new UsageError(MISUSE.notAgency({ agency: a, file }));
      const result = await runLab(built.model, {
        convergeTimeoutMs: timeout * 1000,
        log: (l) => process.stderr.write(`netlab: ${l}\n`),
        mutations: {
          removeLinks: values["remove-link"] as string[] | undefined,
          dropRules: values["drop-rule"] as string[] | undefined,
          leaks,
        },
      });
      if (values.out) writeFileSync(values.out as string, formatMatrixJson(result));
      process.stdout.write(format === "json" ? formatMatrixJson(result) : formatMatrixText(result, lang));
      for (const c of result.unexpected) process.stderr.write(`netlab: ${describeUnexpected(c, lang)}\n`);
      return result.unexpected.length === 0 ? EXIT_OK : EXIT_FINDINGS;
    }),
};
