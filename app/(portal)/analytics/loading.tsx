/** Shown while the figures are aggregated. */
export default function AnalyticsLoading() {
  return (
    <div className="grid gap-4" aria-busy="true" aria-label="Loading analytics">
      <div className="h-8 w-48 animate-pulse rounded-md bg-muted" />
      <div className="h-24 animate-pulse rounded-xl bg-muted/60" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="h-24 animate-pulse rounded-xl bg-muted/60" />
        ))}
      </div>
      <div className="aspect-video w-full animate-pulse rounded-xl bg-muted/60" />
    </div>
  );
}
