/**
 * The value formats fields expect, as the schema's checks name them. A check is given the English
 * text (`.regex(ID, expects("id"))`), so that zod used on its own still says what it wants;
 * `formatOf` finds the entry again by that text for the loader to show both languages.
 */
import { catalog, type Message } from "./messages";

const F = {
  id: {
    id: () => "sebuah id: huruf kecil, angka dan '-', paling banyak 40 karakter",
    en: () => "an id: lowercase letters, digits and '-', at most 40 characters",
  },
  key: {
    id: () => "kunci huruf kecil (nama stack)",
    en: () => "a lowercase key (the stack name)",
  },
  hostname: {
    id: () => "hostname huruf kecil yang sah seperti simpeg.tabanankab.go.id",
    en: () => "a valid lowercase hostname such as simpeg.tabanankab.go.id",
  },
  date: { id: () => "tanggal bertulis YYYY-MM-DD", en: () => "a date written YYYY-MM-DD" },
  cidrForm: {
    id: () => "jaringan IPv4 dalam bentuk CIDR seperti 10.20.0.0/16",
    en: () => "an IPv4 network in CIDR form such as 10.20.0.0/16",
  },
  cidr: {
    id: () => "jaringan IPv4 dalam bentuk CIDR seperti 10.20.0.0/16 (alamat dasar, prefix ≤ 32)",
    en: () => "an IPv4 network in CIDR form such as 10.20.0.0/16 (base address, prefix ≤ 32)",
  },
  privateCidr: {
    id: () =>
      "jaringan privat (di dalam 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 atau 100.64.0.0/10): intranet tidak dirutekan di internet",
    en: () =>
      "a private network (inside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10): an intranet is not routed on the internet",
  },
  cron: {
    id: () =>
      "jadwal cron lima kolom seperti '0 1 * * *' (menit jam hari bulan hari-minggu; tanpa detik, tahun, L, W atau #)",
    en: () =>
      "a five-field cron schedule such as '0 1 * * *' (minute hour day month weekday; no seconds, years, L, W or #)",
  },
  image: {
    id: () => "image kontainer yang dipatok dengan tag atau digest (registry/name:1.2.3)",
    en: () => "a container image pinned by tag or digest (registry/name:1.2.3)",
  },
  imageLatest: {
    id: () => "image kontainer yang dipatok dengan tag versi atau digest, bukan ':latest'",
    en: () => "a container image pinned by a version tag or digest, not ':latest'",
  },
  https: {
    id: () => "URL https:// (http biasa ditolak: melintasi jaringan tanpa enkripsi)",
    en: () => "an https:// URL (plain http is refused: it crosses the network in the clear)",
  },
  url: {
    id: () =>
      "URL https ke sebuah host, seperti https://s3.example.go.id, tanpa user:password, query atau spasi",
    en: () =>
      "an https URL to a host, such as https://s3.example.go.id, without user:password, query or spaces",
  },
  urlPath: { id: () => "path URL yang diawali '/'", en: () => "a URL path starting with '/'" },
  urlSegments: {
    id: () => "path URL tanpa '.', '..' atau segmen kosong",
    en: () => "a URL path without '.', '..' or empty segments",
  },
  bucket: { id: () => "nama bucket S3", en: () => "an S3 bucket name" },
  bucketShape: {
    id: () => "nama bucket S3 (tanpa '..', bukan alamat IP)",
    en: () => "an S3 bucket name (no '..', not an IP address)",
  },
  storageRegion: {
    id: () => "region object storage seperti id-1: huruf kecil, angka, '-' dan '_'",
    en: () => "an object storage region such as id-1: lowercase letters, digits, '-' and '_'",
  },
  kubeContext: {
    id: () => "nama context kubeconfig: huruf, angka dan . _ @ : / -",
    en: () => "a kubeconfig context name: letters, digits and . _ @ : / -",
  },
  cpu: { id: () => "jumlah CPU seperti 500m atau 2", en: () => "a CPU quantity such as 500m or 2" },
  cpuAboveZero: {
    id: () => "jumlah CPU di atas nol seperti 500m atau 2",
    en: () => "a CPU quantity above zero such as 500m or 2",
  },
  memory: {
    id: () => "jumlah memori seperti 512Mi atau 2Gi",
    en: () => "a memory quantity such as 512Mi or 2Gi",
  },
  oneLine: {
    id: () => "satu baris teks, tanpa pindah baris atau karakter kontrol",
    en: () => "one line of text, without line breaks or control characters",
  },
  trimmed: {
    id: () => "teks tanpa spasi di awal atau di akhir",
    en: () => "text without leading or trailing spaces",
  },
  serviceId: {
    id: () => "id layanan gateway seperti kepegawaian.pegawai",
    en: () => "a gateway service id such as kepegawaian.pegawai",
  },
  operator: {
    id: () => "id Perangkat Daerah, id dinas, 'pdn' atau 'provider:<nama>'",
    en: () => "an agency id, the dinas id, 'pdn' or 'provider:<name>'",
  },
  dockerHost: {
    id: () => "host Docker seperti ssh://user@host atau tcp://host:2376 (tanpa kata sandi)",
    en: () => "a Docker host such as ssh://user@host or tcp://host:2376 (no password in it)",
  },
  ipv4: { id: () => "alamat IPv4 seperti 10.20.250.2", en: () => "an IPv4 address such as 10.20.250.2" },
  secretName: {
    id: () => "kunci config Pulumi seperti routerSshKey",
    en: () => "a Pulumi config key such as routerSshKey",
  },
  login: { id: () => "nama login seperti spbe", en: () => "a login name such as spbe" },
  routerId: { id: () => "id router seperti rtr-core-01", en: () => "a router id such as rtr-core-01" },
  portalPath: {
    id: () => "path di bawah host portal, mis. /bkpsdm",
    en: () => "a path under the portal host, e.g. /bkpsdm",
  },
  regulationKeyForm: {
    id: () => "kunci regulasi: huruf kecil, angka dan -",
    en: () => "a regulation key: lowercase letters, digits and -",
  },
  regulation: {
    id: (p: { keys: string }) => `regulasi yang memiliki berkas data (regulations/<key>.yaml: ${p.keys})`,
    en: (p: { keys: string }) => `a regulation with a data file (regulations/<key>.yaml: ${p.keys})`,
  },
  articleRef: {
    id: () =>
      "ref berbunyi 'Pasal N', 'Pasal N angka n', 'Pasal N ayat (n)', 'Pasal N ayat (n) huruf x' atau rentang 'sampai dengan'",
    en: () =>
      "a ref reads 'Pasal N', 'Pasal N angka n', 'Pasal N ayat (n)', 'Pasal N ayat (n) huruf x' or a 'sampai dengan' range",
  },
  dataKey: {
    id: () => "kunci berupa huruf kecil, angka dan -",
    en: () => "a key is lower-case letters, digits and -",
  },
  textFile: {
    id: () => "nama berkas teks, di samping berkas data",
    en: () => "the text file's name, beside the data file",
  },
};

export const FORMAT = catalog("format", F);

type Plain = {
  [K in keyof typeof F]: Parameters<(typeof F)[K]["en"]> extends [] ? K : never;
}[keyof typeof F];

/** The English text of a format for a zod check: `.regex(ID, expects("id"))`. */
export function expects(name: Plain): string {
  return FORMAT[name]().en;
}

let byText: Map<string, Message> | undefined;

/** The format entry whose English text a check was given, or undefined. */
export function formatOf(message: string): Message | undefined {
  byText ??= new Map(
    (Object.keys(F) as Array<keyof typeof F>)
      .filter((k) => F[k].en.length === 0)
      .map((k) => {
        const m = (FORMAT[k] as () => Message)();
        return [m.en, m] as const;
      }),
  );
  return byText.get(message);
}
