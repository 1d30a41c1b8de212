import { TrendingUp } from "lucide-react";
import { cn } from "@/lib/utils";

const COLUMNS = {
  narrow: { page: "justify-center p-4", column: "max-w-sm" },
  wide: { page: "px-4 py-10 sm:justify-center", column: "max-w-xl" },
};

/** Pages outside the console: the brand above one centred column. */
export function BrandedLayout({ column, children }: { column: keyof typeof COLUMNS; children: React.ReactNode }) {
  const classes = COLUMNS[column];
  return (
    <main className={cn("flex min-h-dvh flex-col items-center gap-6 bg-muted/40", classes.page)}>
      <div className="flex items-center gap-2 text-lg font-semibold">
        <span className="flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
          <TrendingUp className="size-5" aria-hidden />
        </span>
        Social Scale
      </div>
      <div className={cn("w-full", classes.column)}>{children}</div>
    </main>
  );
}
