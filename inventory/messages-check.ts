/**
 * Messages of the cross-checks (crosscheck-*.ts) and of renamed fields (deprecations.ts): what the
 * whole document gets wrong. Kinds of element (`agency`, `rack`) are texts of their own, so that
 * a message names an element in the language it is written in.
 */
import { catalog, type Text } from "./messages";

export const KIND = catalog("kind", {
  agency: { id: () => "Perangkat Daerah", en: () => "agency" },
  dinas: { id: () => "dinas", en: () => "dinas" },
  site: { id: () => "lokasi", en: () => "site" },
  host: { id: () => "host", en: () => "host" },
  rack: { id: () => "rak", en: () => "rack" },
  device: { id: () => "perangkat", en: () => "device" },
  colocationServer: { id: () => "server kolokasi", en: () => "colocation server" },
  application: { id: () => "aplikasi", en: () => "application" },
  upstream: { id: () => "upstream", en: () => "upstream" },
  gatewayService: { id: () => "layanan gateway", en: () => "gateway service" },
  operator: { id: () => "operator", en: () => "operator" },
  serviceProvider: { id: () => "penyedia layanan", en: () => "service provider" },
  gateway: { id: () => "gateway", en: () => "the gateway" },
  firstDeclaredAt: { id: () => "dideklarasikan pertama di", en: () => "first declared at" },
  declaredAt: { id: () => "dideklarasikan di", en: () => "declared at" },
  /** Where ids of a kind are declared, as an unknown reference explains. */
  inParties: { id: () => "agencies atau dinas", en: () => "agencies or the dinas" },
  inOperators: {
    id: () => "agencies atau dinas, dan bukan pdn atau provider:<nama>",
    en: () => "agencies or the dinas, nor pdn or provider:<name>",
  },
  inProviders: {
    id: () => "applications atau gateway.upstreams",
    en: () => "applications or gateway.upstreams",
  },
  and: { id: () => "dan", en: () => "and" },
  more: { id: (p: { n: number }) => `${p.n} lainnya`, en: (p: { n: number }) => `${p.n} more` },
});

type K = { kind: Text; id: string };
type Span = { unit: number; top: number };
/** `unit 3` / `units 3-4`. */
const span = (s: Span, lang: "id" | "en") =>
  s.top === s.unit ? `unit ${s.unit}` : `${lang === "en" ? "units" : "unit"} ${s.unit}-${s.top}`;
type Rack = { rack: string; site: string };
const rackId = (p: Rack) => `rak "${p.rack}" di lokasi "${p.site}"`;
const rackEn = (p: Rack) => `rack "${p.rack}" of site "${p.site}"`;

export const CHECK = catalog("check", {
  duplicateId: {
    id: (p: K) => `id ${p.kind.id} "${p.id}" ganda`,
    en: (p: K) => `duplicate ${p.kind.en} id "${p.id}"`,
  },
  futureDate: {
    id: (p: { value: string; today: string }) => `tanggal ${p.value} ada di masa depan (hari ini ${p.today})`,
    en: (p: { value: string; today: string }) => `date ${p.value} is in the future (today is ${p.today})`,
  },
  noImage: {
    id: () =>
      `kunci "image" tidak ada: aplikasi hosting menjalankan image kontainer yang dipatok dengan tag atau digest`,
    en: () => `missing key "image": a hosting application runs a container image pinned by tag or digest`,
  },
  noServer: {
    id: () => `kunci "server" tidak ada: aplikasi kolokasi menyebut server kolokasi tempat ia berjalan`,
    en: () => `missing key "server": a colocation application names the colocation server it runs on`,
  },
  noPlatform: {
    id: (p: { kind: string; site: string; runs: Text }) =>
      `kunci "platform" tidak ada: lokasi ${p.kind} "${p.site}" menjalankan ${p.runs.id}, jadi memerlukan platform: { type: kubernetes, … } atau { type: docker, … }`,
    en: (p: { kind: string; site: string; runs: Text }) =>
      `missing key "platform": ${p.kind} site "${p.site}" runs ${p.runs.en}, so it needs a platform: { type: kubernetes, … } or { type: docker, … }`,
  },
  appWorkload: {
    id: (p: { id: string }) => `aplikasi "${p.id}"`,
    en: (p: { id: string }) => `application "${p.id}"`,
  },
  prefixOutside: {
    id: (p: { prefix: string; agency: string; supernet: string }) =>
      `prefix LAN ${p.prefix} milik Perangkat Daerah "${p.agency}" berada di luar network.supernet ${p.supernet}`,
    en: (p: { prefix: string; agency: string; supernet: string }) =>
      `LAN prefix ${p.prefix} of agency "${p.agency}" is outside network.supernet ${p.supernet}`,
  },
  prefixTooSmall: {
    id: (p: { prefix: string; agency: string; capacity: number; hosts: number }) =>
      `prefix LAN ${p.prefix} milik Perangkat Daerah "${p.agency}" memuat paling banyak ${p.capacity} host (dikurangi alamat jaringan, broadcast dan gateway), tetapi lan.hosts bernilai ${p.hosts}`,
    en: (p: { prefix: string; agency: string; capacity: number; hosts: number }) =>
      `LAN prefix ${p.prefix} of agency "${p.agency}" holds at most ${p.capacity} hosts (less network, broadcast and gateway), but lan.hosts is ${p.hosts}`,
  },
  prefixOverlap: {
    id: (p: { prefix: string; agency: string; other: string; otherAgency: string }) =>
      `prefix LAN ${p.prefix} milik Perangkat Daerah "${p.agency}" tumpang tindih dengan prefix LAN ${p.other} milik Perangkat Daerah "${p.otherAgency}"`,
    en: (p: { prefix: string; agency: string; other: string; otherAgency: string }) =>
      `LAN prefix ${p.prefix} of agency "${p.agency}" overlaps LAN prefix ${p.other} of agency "${p.otherAgency}"`,
  },
  unknownRack: {
    id: (p: { rack: string; site: string; declared: string }) =>
      `rak tidak dikenal "${p.rack}" di lokasi "${p.site}": ${p.declared ? `lokasi ini memiliki ${p.declared}` : "lokasi ini tidak mendeklarasikan rak"}`,
    en: (p: { rack: string; site: string; declared: string }) =>
      `unknown rack "${p.rack}" at site "${p.site}": ${p.declared ? `it has ${p.declared}` : "it declares no racks"}`,
  },
  rackOverflow: {
    id: (p: K & Span & Rack & { units: number }) =>
      `${p.kind.id} "${p.id}" pada ${span(p, "id")} melampaui ${rackId(p)}, yang memiliki ${p.units} unit`,
    en: (p: K & Span & Rack & { units: number }) =>
      `${p.kind.en} "${p.id}" at ${span(p, "en")} overflows ${rackEn(p)}, which has ${p.units} units`,
  },
  rackOverlap: {
    id: (p: K & Span & Rack & { other: K & Span }) =>
      `${p.kind.id} "${p.id}" pada ${span(p, "id")} tumpang tindih dengan ${p.other.kind.id} "${p.other.id}" pada ${span(p.other, "id")} di ${rackId(p)}`,
    en: (p: K & Span & Rack & { other: K & Span }) =>
      `${p.kind.en} "${p.id}" at ${span(p, "en")} overlaps ${p.other.kind.en} "${p.other.id}" at ${span(p.other, "en")} in ${rackEn(p)}`,
  },
  rackPower: {
    id: (p: Rack & { kw: number; n: number; w: number }) =>
      `${rackId(p)} memasok ${p.kw} kW tetapi ${p.n} penghuninya menarik ${p.w} W`,
    en: (p: Rack & { kw: number; n: number; w: number }) =>
      `${rackEn(p)} supplies ${p.kw} kW but its ${p.n} occupants draw ${p.w} W`,
  },
  unknownRef: {
    id: (p: { noun: Text; value: string; declared: Text; hint: string }) =>
      `${p.noun.id} tidak dikenal "${p.value}": bukan id dari ${p.declared.id}${p.hint ? ` (maksudnya "${p.hint}"?)` : ""}`,
    en: (p: { noun: Text; value: string; declared: Text; hint: string }) =>
      `unknown ${p.noun.en} "${p.value}": not an id of ${p.declared.en}${p.hint ? ` (did you mean "${p.hint}"?)` : ""}`,
  },
  serverElsewhere: {
    id: (p: { server: string; site: string; placement: string }) =>
      `server kolokasi "${p.server}" berada di lokasi "${p.site}", bukan di lokasi penempatan "${p.placement}"`,
    en: (p: { server: string; site: string; placement: string }) =>
      `colocation server "${p.server}" is at site "${p.site}", not at the placement site "${p.placement}"`,
  },
  bothNames: {
    id: (p: { from: string; to: string }) =>
      `"${p.from}" adalah nama lama dari "${p.to}" dan keduanya diberikan: pertahankan hanya "${p.to}"`,
    en: (p: { from: string; to: string }) =>
      `"${p.from}" is the old name of "${p.to}" and both are given: keep only "${p.to}"`,
  },
  deprecated: {
    id: (p: { from: string; to: string }) => `kunci "${p.from}" sudah usang: ganti namanya menjadi "${p.to}"`,
    en: (p: { from: string; to: string }) => `key "${p.from}" is deprecated: rename it to "${p.to}"`,
  },
});
