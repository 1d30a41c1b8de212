/**
 * A request or response body exactly as the log stored it (redacted and truncated
 * before it was written), pretty-printed.
 */
export function StoredBody({ title, body }: { title: string; body: unknown }) {
  const headingId = `body-${title.toLowerCase().replaceAll(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="grid gap-2">
      <h2 id={headingId} className="text-base font-semibold">
        {title}
      </h2>
      {body === null || body === undefined ? (
        <p className="text-sm text-muted-foreground">Nothing was stored.</p>
      ) : (
        <pre tabIndex={0} className="max-h-[32rem] overflow-auto rounded-lg border bg-muted/40 p-3 font-mono text-xs whitespace-pre-wrap break-all">
          {typeof body === "string" ? body : JSON.stringify(body, null, 2)}
        </pre>
      )}
    </section>
  );
}
