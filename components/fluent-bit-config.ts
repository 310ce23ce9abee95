/**
 * Fluent Bit's configuration for the log shipper (SEC-05 log analysis): container logs
 * (Kubernetes and Docker layouts) and the API server's audit log, shipped gzip-compressed over
 * TLS to the log store's bucket under `logs/<region>/`, the store's certificate verified. Every
 * value from the inventory goes through the format's writer (formats/fluent-bit.ts), which
 * refuses what could add a key or a section.
 */
import { renderFluentBit } from "./formats/fluent-bit";
import { UnsafeValueError } from "./formats/text";

export function fluentBitConfig(
  region: string,
  store: { site: string; endpoint: string; bucket: string; region: string },
): string {
  const at = `sites '${store.site}'.objectStorage`;
  if (!/^https:\/\//.test(store.endpoint)) {
    throw new UnsafeValueError(
      `${at}.endpoint`,
      `'${store.endpoint}' is not https: logs are shipped over TLS only`,
    );
  }
  return renderFluentBit([
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
  ]);
}
