/** What the `spbe` commands say about how they were called (UsageError), and their own errors. */
import { catalog } from "../inventory/messages";

type Got = { got: string };

export const MISUSE = catalog("usage", {
  badArgs: {
    id: (p: { detail: string }) => `argumen tidak valid: ${p.detail}`,
    en: (p: { detail: string }) => `${p.detail}`,
  },
  oneInventory: {
    id: () => "berikan tepat satu berkas inventaris",
    en: () => "give exactly one inventory file",
  },
  oneInventoryOrStack: {
    id: () => "berikan tepat satu berkas inventaris atau --stack <key>",
    en: () => "give exactly one inventory file or --stack <key>",
  },
  someInventory: {
    id: () => "berikan sedikitnya satu berkas inventaris",
    en: () => "give at least one inventory file",
  },
  someResult: { id: () => "berikan sedikitnya satu berkas hasil", en: () => "give at least one result file" },
  formatOneOf: {
    id: (p: { values: string }) => `--format harus salah satu dari ${p.values}`,
    en: (p: { values: string }) => `--format must be one of ${p.values}`,
  },
  formatTextJson: {
    id: (p: Got) => `--format harus text atau json, bukan '${p.got}'`,
    en: (p: Got) => `--format must be text or json, not '${p.got}'`,
  },
  formatTextJsonMarkdown: {
    id: () => "--format harus text, json atau markdown",
    en: () => "--format must be text, json or markdown",
  },
  failOn: { id: () => "--fail-on harus mandatory atau new", en: () => "--fail-on must be mandatory or new" },
  today: { id: () => "--today harus berbentuk YYYY-MM-DD", en: () => "--today must be YYYY-MM-DD" },
  platformAlone: {
    id: () => "--platform menerima berkas stack platform, tanpa inventaris, --stack atau --all",
    en: () => "--platform takes a platform stack file and no inventory, --stack or --all",
  },
  onlyTextJson: {
    id: (p: { flag: string }) => `${p.flag} hanya mendukung --format text atau json`,
    en: (p: { flag: string }) => `${p.flag} supports --format text or json`,
  },
  allAlone: {
    id: () => "--all menerima folder, tanpa inventaris atau --stack",
    en: () => "--all takes a directory and no inventory or --stack",
  },
  timeoutAllOnly: {
    id: () => "--timeout hanya berlaku untuk --all",
    en: () => "--timeout applies to --all only",
  },
  shardNeedsAll: { id: () => "--shard memerlukan --all <dir>", en: () => "--shard needs --all <dir>" },
  failOnNewNeedsBase: {
    id: () => "--fail-on new memerlukan --base <git-ref>",
    en: () => "--fail-on new needs --base <git-ref>",
  },
  noStack: {
    id: (p: { key: string; file: string }) => `tidak ada stack '${p.key}' (${p.file} tidak ditemukan)`,
    en: (p: { key: string; file: string }) => `no stack '${p.key}' (${p.file} not found)`,
  },
  stackWithoutInventory: {
    id: (p: { file: string }) => `${p.file}: config 'spbe-infra:inventory' tidak diatur`,
    en: (p: { file: string }) => `${p.file}: config 'spbe-infra:inventory' is not set`,
  },
  baseRequired: { id: () => "--base <git-ref> wajib diberikan", en: () => "--base <git-ref> is required" },
  gitBase: {
    id: (p: { detail: string }) => `revisi dasar tidak dapat dibaca: ${p.detail}`,
    en: (p: { detail: string }) => `${p.detail}`,
  },
  checkOrRelease: {
    id: () => "--check dan --release tidak dapat dipakai bersama",
    en: () => "--check and --release exclude each other",
  },
  convergeTimeout: {
    id: () => "--converge-timeout harus berupa jumlah detik",
    en: () => "--converge-timeout must be a number of seconds",
  },
  leak: {
    id: (p: Got) => `--leak memerlukan dua id Perangkat Daerah 'a,b', bukan '${p.got}'`,
    en: (p: Got) => `--leak wants two agency ids 'a,b', not '${p.got}'`,
  },
  notAgency: {
    id: (p: { agency: string; file: string }) => `'${p.agency}' bukan Perangkat Daerah dalam ${p.file}`,
    en: (p: { agency: string; file: string }) => `'${p.agency}' is not an agency of ${p.file}`,
  },
  checkNeedsFile: {
    id: () => "check memerlukan sedikitnya satu berkas data",
    en: () => "check needs at least one data file",
  },
  scaffoldNeedsFile: {
    id: () => "scaffold memerlukan tepat satu berkas teks",
    en: () => "scaffold needs exactly one text file",
  },
  unknownSub: {
    id: (p: { sub: string }) => `sub-perintah tidak dikenal '${p.sub}'`,
    en: (p: { sub: string }) => `unknown sub-command '${p.sub}'`,
  },
  expectedSub: { id: () => "diharapkan check atau scaffold", en: () => "expected check or scaffold" },
  outRequired: { id: () => "--out <dir> wajib diberikan", en: () => "--out <dir> is required" },
  labFile: {
    id: () => "--lab memerlukan berkas yang ditulis spbe netlab --format json",
    en: () => "--lab wants the file spbe netlab --format json wrote",
  },
});
