import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../cli/commands";
import { run } from "./run";

describe("spbe", () => {
  it("lists every registered command with its summary when called without arguments", async () => {
    const { code, out } = await run([]);
    expect(code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(out).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  it("prints the same list for --help", async () => {
    expect(await run(["--help"])).toEqual(await run([]));
  });

  it("rejects an unknown command with exit 2 on stderr", async () => {
    const { code, out, err } = await run(["deploy"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("unknown command 'deploy'");
  });

  it("prints the package version", async () => {
    const { code, out } = await run(["--version"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^spbe \d+\.\d+\.\d+\n$/);
  });

  it("prints each command's usage for --help and exits 0", async () => {
    for (const name of Object.keys(COMMANDS)) {
      const { code, out } = await run([name, "--help"]);
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Usage: spbe ${name}`));
    }
  });
});
