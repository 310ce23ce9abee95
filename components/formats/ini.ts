/**
 * INI files (the AWS shared-credentials file Velero, Fluent Bit and the S3 clients read), written
 * from data: a section name and one `key=value` per line. Values are refused when they contain
 * a control character (a newline would add a key or a section); names must be identifiers.
 * Works on Pulumi outputs, so generated secrets are checked when they resolve and stay secret.
 */
import * as pulumi from "@pulumi/pulumi";
import { plainText, UnsafeValueError } from "./text";

const NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;

export function renderIni(section: string, entries: Record<string, string>, field = "ini"): string {
  if (!NAME.test(section)) throw new UnsafeValueError(field, `bad section name '${section}'`);
  const lines = [`[${section}]`];
  for (const [k, v] of Object.entries(entries)) {
    if (!NAME.test(k)) throw new UnsafeValueError(field, `bad key '${k}'`);
    const s = plainText(`${field} ${k}`, v);
    if (s.trim() !== s || s.length === 0)
      throw new UnsafeValueError(`${field} ${k}`, "is empty or has blanks around it");
    lines.push(`${k}=${s}`);
  }
  return `${lines.join("\n")}\n`;
}

/** An AWS shared-credentials file with one `[default]` profile, as a secret output. */
export function awsCredentialsIni(c: {
  accessKey: pulumi.Input<string>;
  secretKey: pulumi.Input<string>;
}): pulumi.Output<string> {
  return pulumi.secret(
    pulumi
      .all([c.accessKey, c.secretKey])
      .apply(([id, key]) =>
        renderIni(
          "default",
          { aws_access_key_id: id, aws_secret_access_key: key },
          "object storage credentials",
        ),
      ),
  );
}
