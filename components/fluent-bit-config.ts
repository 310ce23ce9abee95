/**
 * Fluent Bit's configuration for the log shipper (SEC-05 log analysis): container logs
 * (Kubernetes and Docker layouts) and the API server's audit log, shipped gzip-compressed over
 * TLS to the log store's bucket under `logs/<region>/`, the store's certificate verified. Every
 * value from the inventory goes through the format's writer (formats/fluent-bit.ts), which
 * refuses what could add a key or a section.
 */
import { renderFluentBit, type FluentBitBlock } from "./formats/fluent-bit";
import { UnsafeValueError } from "./formats/text";

export interface LogStore {
  site: string;
  endpoint: string;
  bucket: string;
  region: string;
}

/** The whole configuration file, as the region's own agent reads it. */
export function fluentBitConfig(region: string, store: LogStore): string {
  const b = fluentBitBlocks(region, store);
  return renderFluentBit([b.service, ...b.inputs, b.output]);
}

/**
 * The sections, apart: the platform layer's Fluent Bit chart takes its inputs and outputs as
 * separate values (platform/values.ts), so the agent ships the same logs whichever layer runs it.
 */
export function fluentBitBlocks(
  region: string,
  store: LogStore,
): { service: FluentBitBlock; inputs: FluentBitBlock[]; output: FluentBitBlock } {
  const at = `sites '${store.site}'.objectStorage`;
  if (!/^https:\/\//.test(store.endpoint)) {
    throw new UnsafeValueError(
      `${at}.endpoint`,
      `'${store.endpoint}' is not https: logs are shipped over TLS only`,
    );
  }
  const blocks: FluentBitBlock[] = [
    {
      section: "SERVICE",
      entries: [
        { key: "Flush", value: 5 },
        { key: "Log_Level", value: "info" },
      ],
    },
    {
      section: "INPUT",
      entries: [
        { key: "Name", value: "tail" },
        { key: "Tag", value: "container.*" },
        { key: "Path", value: "/var/log/containers/*.log,/var/lib/docker/containers/*/*-json.log" },
        { key: "multiline.parser", value: "docker, cri" },
        { key: "Mem_Buf_Limit", value: "50MB" },
      ],
    },
    {
      section: "INPUT",
      entries: [
        { key: "Name", value: "tail" },
        { key: "Tag", value: "audit.*" },
        { key: "Path", value: "/var/log/kubernetes/audit/*.log" },
        { key: "Mem_Buf_Limit", value: "50MB" },
      ],
    },
    {
      section: "OUTPUT",
      entries: [
        { key: "Name", value: "s3" },
        { key: "Match", value: "*" },
        { key: "bucket", value: store.bucket, field: `${at}.bucket` },
        { key: "region", value: store.region, field: `${at}.region` },
        { key: "endpoint", value: store.endpoint, field: `${at}.endpoint` },
        { key: "tls", value: "On" },
        { key: "tls.verify", value: "On" },
        { key: "s3_key_format", value: `/logs/${region}/$TAG/%Y/%m/%d/%H%M%S-$UUID.gz`, field: "region.key" },
        { key: "compression", value: "gzip" },
        { key: "total_file_size", value: "50M" },
        { key: "upload_timeout", value: "10m" },
        { key: "store_dir", value: "/tmp/fluent-bit-s3" },
      ],
    },
  ];
  const [service, ...inputs] = blocks.slice(0, -1) as [FluentBitBlock, ...FluentBitBlock[]];
  return { service, inputs, output: blocks[blocks.length - 1] as FluentBitBlock };
}
