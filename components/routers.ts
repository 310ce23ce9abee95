/**
 * The routers of the Jaringan Intra as resources: one @pulumi/command `remote.Command` per router
 * of the device model. Over SSH it copies the rendered configuration into a fresh directory on
 * the device, validates it there with the device's own parsers (FRR: `vtysh --dryrun`, nftables:
 * `nft -c`; RouterOS: `/import … dry-run`), and only then applies it. It re-runs whenever the
 * rendered configuration's hash changes. The connection comes from the device model (the
 * inventory's `routers` section), the SSH key from the Pulumi config secret it names.
 */
import * as command from "@pulumi/command";
import * as pulumi from "@pulumi/pulumi";
import { IGMP_MAX_MEMBERSHIPS, renderRouter, type RenderedRouter } from "../plan/devices/render";
import type { DeviceModel, Router } from "../plan/devices/types";

/** What a policy reads from a router resource (its `triggers[1]`). */
export interface RouterFacts {
  spbe: "router";
  region: string;
  router: string;
  role: Router["role"];
  of: string;
  /** Inventory path of the element the router serves (`sites[0]`, `agencies[3]`), when there is one. */
  source?: string;
  operator: string;
  platform: Router["access"]["platform"];
  interfaces: { name: string; kind: string; prefix: string; peer: string }[];
  filter: Router["filter"];
  files: string[];
}

const EOF_MARK = (name: string) => `SPBE_EOF_${name.replace(/[^A-Za-z0-9]/g, "_").toUpperCase()}`;

/** The shell script a Linux (FRR + nftables) router runs: stage, validate, apply. */
export function linuxScript(r: RenderedRouter): string {
  const stage = r.files.flatMap((f) => [
    `cat > "$d/${f.name}" <<'${EOF_MARK(f.name)}'`,
    f.content.trimEnd(),
    EOF_MARK(f.name),
  ]);
  return [
    "set -eu",
    `# spbe-infra: configuration of ${r.router} (sha256 ${r.hash})`,
    "d=$(mktemp -d /tmp/spbe-config.XXXXXX)",
    "trap 'rm -rf \"$d\"' EXIT",
    ...stage,
    'vtysh --dryrun -f "$d/frr.conf"',
    'nft -c -f "$d/spbe.nft"',
    `sysctl -qw net.ipv4.igmp_max_memberships=${IGMP_MAX_MEMBERSHIPS}`,
    `echo net.ipv4.igmp_max_memberships=${IGMP_MAX_MEMBERSHIPS} > /etc/sysctl.d/60-spbe-ospf.conf`,
    "install -d -m 0755 /etc/spbe",
    'install -m 0600 "$d/spbe.nft" /etc/spbe/spbe.nft',
    'install -m 0640 -o frr -g frr "$d/frr.conf" /etc/frr/frr.conf',
    "nft -f /etc/spbe/spbe.nft",
    "/usr/lib/frr/frr-reload.py --reload /etc/frr/frr.conf",
    "",
  ].join("\n");
}

const rosString = (s: string) =>
  `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\$/g, "\\$").replace(/\n/g, "\\n")}"`;

/** The RouterOS script: write the .rsc as a file, import it dry-run, then for real. */
export function routerOsScript(r: RenderedRouter): string {
  const f = r.files[0];
  return [
    `/file add name=${f.name} contents=${rosString(f.content)}`,
    `/import file-name=${f.name} verbose=yes dry-run`,
    `/import file-name=${f.name}`,
    "",
  ].join("\n");
}

export function routerFacts(
  model: DeviceModel,
  r: Router,
  operator: string,
  rendered: RenderedRouter,
  source?: string,
): RouterFacts {
  return {
    spbe: "router",
    region: model.region,
    router: r.id,
    role: r.role,
    of: r.of,
    ...(source ? { source } : {}),
    operator,
    platform: r.access.platform,
    interfaces: r.interfaces.map((i) => ({ name: i.name, kind: i.kind, prefix: i.prefix, peer: i.peer })),
    filter: r.filter,
    files: rendered.files.map((f) => f.name),
  };
}

/** One resource per router; `operatorOf` says who runs it (the site's operator, else the Dinas). */
export function routerResources(
  model: DeviceModel,
  operatorOf: (r: Router) => string,
  parent: pulumi.Resource,
  sourceOf: (r: Router) => string | undefined = () => undefined,
): command.remote.Command[] {
  const config = new pulumi.Config();
  return model.routers.map((r) => {
    const rendered = renderRouter(r, model.region);
    const script = r.access.platform === "routeros" ? routerOsScript(rendered) : linuxScript(rendered);
    return new command.remote.Command(
      `router-${r.id}`,
      {
        connection: {
          host: r.access.host,
          port: r.access.port,
          user: r.access.user,
          privateKey: config.getSecret(r.access.credentials),
        },
        create: script,
        triggers: [rendered.hash, routerFacts(model, r, operatorOf(r), rendered, sourceOf(r))],
      },
      { parent },
    );
  });
}
