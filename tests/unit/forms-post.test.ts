import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".tsx"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every <form ...> opening tag in the app's components, with its file. */
const forms = ["app", "components"].flatMap(sourceFiles).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/<form\b[^>]*>/g)].map((match) => ({ file: path.relative(root, file), tag: match[0] })),
);

describe("forms", () => {
  it("post, so a submission before JavaScript loads never puts a password in the URL", () => {
    expect(forms.length).toBeGreaterThan(5);
    // Bound to its server action (useFormAction's props): React renders it as a POST to that action.
    const postsToAction = forms.filter(({ tag }) => /\{\.\.\.form\.formProps\}/.test(tag));
    expect(postsToAction.length).toBeGreaterThan(10);
    // Filters and searches are the deliberate GETs: their terms belong in the URL, and carry no secrets.
    const getForms = forms.filter(({ tag }) => !/method="post"/.test(tag) && !postsToAction.some((form) => form.tag === tag));
    expect(getForms.map(({ file }) => file).sort()).toEqual(
      ["app/(portal)/analytics/links/page.tsx", "components/analytics/analytics-filter-form.tsx", "components/portal/filter-bar.tsx"].sort(),
    );
    expect(getForms.every(({ tag }) => /method="get"/.test(tag))).toBe(true);
  });
});
