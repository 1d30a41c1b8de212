import Link from "next/link";
import { Button } from "@/components/ui/button";
import { OptionsSelect, type SelectOption } from "@/components/ui/options-select";

/**
 * A GET form: filters live in the URL, so a filtered list can be bookmarked,
 * shared and exported with the same parameters.
 */
export function FilterBar({ pathname, children }: { pathname: string; children: React.ReactNode }) {
  return (
    <form method="get" action={pathname} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border bg-card p-3" role="search">
      {children}
      <div className="flex gap-2">
        <Button type="submit" size="sm">
          Apply
        </Button>
        <Button type="button" variant="ghost" size="sm" asChild>
          <Link href={pathname}>Reset</Link>
        </Button>
      </div>
    </form>
  );
}

export function FilterField({ label, htmlFor, children }: { label: string; htmlFor: string; children: React.ReactNode }) {
  return (
    <div className="grid min-w-36 gap-1">
      <label htmlFor={htmlFor} className="text-xs font-medium text-muted-foreground">
        {label}
      </label>
      {children}
    </div>
  );
}

export function FilterSelect({
  label,
  id,
  name,
  value,
  allLabel,
  options,
}: {
  label: string;
  id: string;
  name: string;
  value: string | undefined;
  /** The first option, which leaves the list unfiltered. */
  allLabel: string;
  options: readonly SelectOption[];
}) {
  return (
    <FilterField label={label} htmlFor={id}>
      <OptionsSelect id={id} name={name} defaultValue={value ?? ""} emptyLabel={allLabel} options={options} />
    </FilterField>
  );
}
