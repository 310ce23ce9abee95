/**
 * htpasswd files (`user:hash`, one per line), as Envoy's basic auth reads them: a user name is
 * refused when it could add a line or another user (a control character or a `:`).
 */
import { plainText, UnsafeValueError } from "./text";

export function htpasswdLine(field: string, user: string, hash: string): string {
  plainText(field, user);
  if (user.length === 0 || user.includes(":")) {
    throw new UnsafeValueError(
      field,
      `user '${user}' is empty or contains ':', which htpasswd uses as separator`,
    );
  }
  return `${user}:${plainText(`${field} hash`, hash)}`;
}
