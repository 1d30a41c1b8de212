/** Shown at once while a console page loads: its header and a table's worth of rows, shimmering. */
export default function PortalLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="grid gap-6" data-testid="page-loading">
      <span className="sr-only">Loading…</span>
      <div className="grid gap-2">
        <div className="h-8 w-56 animate-pulse rounded-md bg-muted" />
        <div className="h-4 w-80 max-w-full animate-pulse rounded-md bg-muted" />
      </div>
      <div className="grid gap-2 rounded-lg border bg-card p-4">
        {Array.from({ length: 8 }, (_, row) => (
          <div key={row} className="h-6 animate-pulse rounded bg-muted" />
        ))}
      </div>
    </div>
  );
}
