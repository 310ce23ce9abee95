/** The files a router's platform runs, rendered from the device model. */
import { createHash } from "node:crypto";
import { renderFrr } from "./render-frr";
import { renderNft } from "./render-nft";
import { renderRouterOs } from "./render-routeros";
import type { Router } from "./types";

/**
 * ospfd joins the AllSPFRouters group on every OSPF interface from one socket; Linux allows 20
 * memberships per socket by default (net.ipv4.igmp_max_memberships), so a core router with more
 * than 20 links would silently never form the other adjacencies.
 */
export const IGMP_MAX_MEMBERSHIPS = 4096;

export interface RenderedFile {
  /** File name on the device. */
  name: string;
  content: string;
}

export interface RenderedRouter {
  router: string;
  platform: Router["access"]["platform"];
  files: RenderedFile[];
  /** sha256 of the files (names and contents): what re-runs the push when it changes. */
  hash: string;
}

/** The Linux rendering (frr.conf + nftables), whatever the platform: what the lab runs. */
export function renderLinux(router: Router, region: string): RenderedFile[] {
  return [
    { name: "frr.conf", content: renderFrr(router, region) },
    { name: "spbe.nft", content: renderNft(router, region) },
  ];
}

export function renderRouter(router: Router, region: string): RenderedRouter {
  const files =
    router.access.platform === "routeros"
      ? [{ name: `${router.id}.rsc`, content: renderRouterOs(router, region) }]
      : renderLinux(router, region);
  const h = createHash("sha256");
  for (const f of files) h.update(`${f.name}\0${f.content}\0`);
  return { router: router.id, platform: router.access.platform, files, hash: h.digest("hex") };
}
