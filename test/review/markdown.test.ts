import { describe, expect, it } from "vitest";
import { mdCell, mdCode, mdEscape } from "../../review/markdown";
import { docsUrl } from "../../review/docs";

describe("the one Markdown escaper", () => {
  it("keeps a remedy such as `builtBy: <id dinas>` from becoming an HTML tag", () => {
    expect(mdEscape("builtBy: <id dinas>")).toBe("builtBy: &lt;id dinas&gt;");
  });

  it("escapes what would open a cell, code, emphasis, link or entity, and breaks lines", () => {
    expect(mdEscape("a|b `c` *d* _e_ [f](g) &amp; ~h~\\")).toBe(
      "a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) &amp;amp; \\~h\\~\\\\",
    );
    expect(mdEscape("one\ntwo")).toBe("one<br>two");
    expect(mdCell("")).toBe("-");
  });

  it("fences inline code longer than any backtick run inside, pipes escaped", () => {
    expect(mdCode("a`b|c")).toBe("``a`b\\|c``");
  });
});

describe("the docs link", () => {
  it("prefers the option, then the environment, then the CI repository at its commit", () => {
    expect(docsUrl("https://x.invalid/d.md", {})).toBe("https://x.invalid/d.md");
    expect(docsUrl(undefined, { SPBE_DOCS_URL: "https://y.invalid/d.md" })).toBe("https://y.invalid/d.md");
    expect(
      docsUrl(undefined, {
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_REPOSITORY: "o/r",
        GITHUB_SHA: "abc",
      }),
    ).toBe("https://github.com/o/r/blob/abc/docs/obligations.md");
    expect(docsUrl(undefined, {})).toMatch(/^https:\/\/github\.com\/.+\/blob\/HEAD\/docs\/obligations\.md$/);
  });
});
