/**
 * Messages of the address plan (ipam-resolve.ts) in Bahasa Indonesia and English. The plan's
 * `errors` stay the English sentences (what its callers and tests match); `texts` gives each one
 * in both languages for the CLI to print in the chosen language.
 */
import { catalog, type Text } from "../inventory/messages";

type Site = { site: string };
type Release = { release: string };

export const WHAT = catalog("ipam-what", {
  range: {
    id: (p: Site & { purpose: string }) => `rentang ${p.purpose} lokasi '${p.site}'`,
    en: (p: Site & { purpose: string }) => `the ${p.purpose} range of site '${p.site}'`,
  },
  wanLink: {
    id: (p: { agency: string }) => `link WAN Perangkat Daerah '${p.agency}'`,
    en: (p: { agency: string }) => `the WAN link of Perangkat Daerah '${p.agency}'`,
  },
  lan: {
    id: (p: { agency: string }) => `LAN Perangkat Daerah '${p.agency}'`,
    en: (p: { agency: string }) => `the LAN of Perangkat Daerah '${p.agency}'`,
  },
  server: {
    id: (p: { id: string }) => `server kolokasi '${p.id}'`,
    en: (p: { id: string }) => `colocation server '${p.id}'`,
  },
  device: {
    id: (p: Site & { id: string }) => `perangkat '${p.id}' di lokasi '${p.site}'`,
    en: (p: Site & { id: string }) => `device '${p.id}' of site '${p.site}'`,
  },
  hostAddress: {
    id: (p: { host: string }) => `alamat host '${p.host}'`,
    en: (p: { host: string }) => `the address of host '${p.host}'`,
  },
  addressOf: {
    id: (p: { what: Text }) => `alamat ${p.what.id}`,
    en: (p: { what: Text }) => `the address of ${p.what.en}`,
  },
});

const releaseId = (p: Release) => `\`spbe ipam <inventory> --release ${p.release}\``;

export const IPAM = catalog("ipam", {
  badSupernet: {
    id: (p: { detail: string }) => `network.supernet: ${p.detail}`,
    en: (p: { detail: string }) => `network.supernet: ${p.detail}`,
  },
  supernetChanged: {
    id: (p: { lock: string; inventory: string }) =>
      `supernet lock ${p.lock} berbeda dari network.supernet inventaris ${p.inventory}; alokasi tidak pernah berpindah, jadi lock tidak dapat mengikuti supernet baru`,
    en: (p: { lock: string; inventory: string }) =>
      `the lock's supernet ${p.lock} differs from the inventory's network.supernet ${p.inventory}; allocations never move, so a lock cannot follow a new supernet`,
  },
  lockProblem: {
    id: (p: { path: string; detail: string }) => `lock ${p.path}: ${p.detail}`,
    en: (p: { path: string; detail: string }) => `lock ${p.path}: ${p.detail}`,
  },
  noVlan: {
    id: (p: { base: number; what: Text }) =>
      `tidak ada id VLAN tersisa antara network.vlanBase ${p.base} dan 4094 untuk ${p.what.id}`,
    en: (p: { base: number; what: Text }) =>
      `no VLAN id is left between network.vlanBase ${p.base} and 4094 for ${p.what.en}`,
  },
  resized: {
    id: (p: Release & { field: string; asks: number; what: Text; held: string; back: number }) =>
      `${p.field} meminta /${p.asks} untuk ${p.what.id}, tetapi lock menyimpannya sebagai ${p.held}; alokasi tidak pernah berpindah atau berubah ukuran: kembalikan ${p.field} ke ${p.back}, atau beri nomor ulang secara eksplisit dengan ${releaseId(p)}`,
    en: (p: Release & { field: string; asks: number; what: Text; held: string; back: number }) =>
      `${p.field} asks for a /${p.asks} for ${p.what.en}, but the lock holds it as ${p.held}; allocations never move or resize: set ${p.field} back to ${p.back}, or renumber explicitly with ${releaseId(p)}`,
  },
  supernetFull: {
    id: (p: { supernet: string; size: number; what: Text }) =>
      `supernet ${p.supernet} tidak memiliki /${p.size} bebas lagi untuk ${p.what.id}`,
    en: (p: { supernet: string; size: number; what: Text }) =>
      `the supernet ${p.supernet} has no free /${p.size} left for ${p.what.en}`,
  },
  lanOutgrown: {
    id: (p: Release & { agency: string; hosts: number; prefix: string; capacity: number }) =>
      `Perangkat Daerah '${p.agency}' memiliki lan.hosts ${p.hosts}, tetapi LAN-nya ${p.prefix} memuat paling banyak ${p.capacity}; alokasi tidak pernah berpindah: beri nomor ulang secara eksplisit dengan ${releaseId(p)}`,
    en: (p: Release & { agency: string; hosts: number; prefix: string; capacity: number }) =>
      `Perangkat Daerah '${p.agency}' has lan.hosts ${p.hosts}, but its LAN ${p.prefix} holds at most ${p.capacity}; allocations never move: renumber it explicitly with ${releaseId(p)}`,
  },
  noColocationRange: {
    id: (p: Site & { what: Text }) =>
      `${p.what.id} berada di lokasi '${p.site}', yang tidak memiliki rentang kolokasi (hanya lokasi pusat-data yang memilikinya)`,
    en: (p: Site & { what: Text }) =>
      `${p.what.en} is at site '${p.site}', which has no colocation range (only a pusat-data site has one)`,
  },
  sharedHostId: {
    id: (p: { what: Text; other: Text; id: string }) =>
      `${p.what.id} dan ${p.other.id} memakai id yang sama '${p.id}': id host harus unik agar mendapat alamat`,
    en: (p: { what: Text; other: Text; id: string }) =>
      `${p.what.en} and ${p.other.en} share the id '${p.id}': host ids must be unique to get an address`,
  },
  hostMoved: {
    id: (p: Release & { what: Text; address: string; prefix: string; range: string }) =>
      `${p.what.id} memiliki alamat ${p.address}, di luar rentangnya ${p.prefix} (${p.range}): host ini berpindah; lepaskan dengan ${releaseId(p)}`,
    en: (p: Release & { what: Text; address: string; prefix: string; range: string }) =>
      `${p.what.en} has the address ${p.address}, outside its range ${p.prefix} (${p.range}): it moved; release it with ${releaseId(p)}`,
  },
  rangeFull: {
    id: (p: { range: string; prefix: string; what: Text }) =>
      `rentang ${p.range} ${p.prefix} tidak memiliki alamat bebas lagi untuk ${p.what.id}`,
    en: (p: { range: string; prefix: string; what: Text }) =>
      `the ${p.range} range ${p.prefix} has no free address left for ${p.what.en}`,
  },
});

type Pin = { agency: string; pin: string };

/** A pinned LAN (`agencies[].lan.prefix`, ipam-pins.ts) the plan cannot take as written. */
export const PIN = catalog("ipam-pin", {
  malformed: {
    id: (p: Pin & { detail: string }) =>
      `Perangkat Daerah '${p.agency}' memiliki lan.prefix ${p.pin}: ${p.detail}`,
    en: (p: Pin & { detail: string }) =>
      `Perangkat Daerah '${p.agency}' has lan.prefix ${p.pin}: ${p.detail}`,
  },
  moved: {
    id: (p: Pin & { held: string }) =>
      `Perangkat Daerah '${p.agency}' mematok lan.prefix ${p.pin}, tetapi lock menyimpan LAN-nya di ${p.held}; alokasi tidak pernah berpindah: setel lan.prefix ke ${p.held}, atau beri nomor ulang secara eksplisit dengan ${releaseId({ release: p.agency })}`,
    en: (p: Pin & { held: string }) =>
      `Perangkat Daerah '${p.agency}' pins lan.prefix ${p.pin}, but the lock holds its LAN at ${p.held}; allocations never move: set lan.prefix to ${p.held}, or renumber the agency explicitly with ${releaseId({ release: p.agency })}`,
  },
  outside: {
    id: (p: Pin & { supernet: string }) =>
      `Perangkat Daerah '${p.agency}' mematok lan.prefix ${p.pin}, di luar supernet ${p.supernet}`,
    en: (p: Pin & { supernet: string }) =>
      `Perangkat Daerah '${p.agency}' pins lan.prefix ${p.pin}, outside the supernet ${p.supernet}`,
  },
  tooSmall: {
    id: (p: Pin & { capacity: number; hosts: number }) =>
      `Perangkat Daerah '${p.agency}' mematok lan.prefix ${p.pin}, yang memuat paling banyak ${p.capacity} host, tetapi lan.hosts bernilai ${p.hosts}`,
    en: (p: Pin & { capacity: number; hosts: number }) =>
      `Perangkat Daerah '${p.agency}' pins lan.prefix ${p.pin}, which holds at most ${p.capacity} hosts, but lan.hosts is ${p.hosts}`,
  },
  overlapsLock: {
    id: (p: Pin & Release & { what: Text; prefix: string }) =>
      `Perangkat Daerah '${p.agency}' mematok lan.prefix ${p.pin}, yang tumpang tindih dengan ${p.what.id} (${p.prefix}) dalam lock; alokasi tidak pernah berpindah: pilih prefix lain, atau lepaskan alokasi itu secara eksplisit dengan ${releaseId(p)}`,
    en: (p: Pin & Release & { what: Text; prefix: string }) =>
      `Perangkat Daerah '${p.agency}' pins lan.prefix ${p.pin}, which overlaps ${p.what.en} (${p.prefix}) in the lock; allocations never move: choose another prefix, or release that allocation explicitly with ${releaseId(p)}`,
  },
  overlapsPin: {
    id: (p: Pin & { other: string; otherAgency: string }) =>
      `Perangkat Daerah '${p.agency}' mematok lan.prefix ${p.pin}, yang tumpang tindih dengan lan.prefix ${p.other} yang dipatok Perangkat Daerah '${p.otherAgency}'`,
    en: (p: Pin & { other: string; otherAgency: string }) =>
      `Perangkat Daerah '${p.agency}' pins lan.prefix ${p.pin}, which overlaps the lan.prefix ${p.other} pinned by Perangkat Daerah '${p.otherAgency}'`,
  },
});
