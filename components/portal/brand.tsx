import { TrendingUp } from "lucide-react";
import Link from "next/link";

export function Brand() {
  return (
    <Link href="/dashboard" className="flex items-center gap-2 px-3 font-semibold">
      <span className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <TrendingUp className="size-4" aria-hidden />
      </span>
      Social Scale
    </Link>
  );
}
