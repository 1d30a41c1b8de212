import { TrendingUp } from "lucide-react";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/40 p-4">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <span className="flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
          <TrendingUp className="size-5" aria-hidden />
        </span>
        Social Scale
      </div>
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
