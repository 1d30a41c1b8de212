import { TrendingUp } from "lucide-react";

/** Public pages for prospective clients: the brand, no console shell. */
export default function OnboardingLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center gap-6 bg-muted/40 px-4 py-10 sm:justify-center">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <span className="flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
          <TrendingUp className="size-5" aria-hidden />
        </span>
        Social Scale
      </div>
      <div className="w-full max-w-xl">{children}</div>
    </main>
  );
}
