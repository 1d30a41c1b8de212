"use client";

import { clsx } from "clsx";
import { Building2, FileText, Search, ShoppingCart } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { SearchResult } from "@/lib/search/global-search";
import { MIN_QUERY_LENGTH, useSearchResults } from "./use-search-results";

const KIND_PRESENTATION = {
  company: { label: "Company", icon: Building2 },
  order: { label: "Order", icon: ShoppingCart },
  invoice: { label: "Invoice", icon: FileText },
} as const;

/** The search's combobox: the query, its results (moved through with the arrows, opened with Enter) and a live status line. */
export function SearchPanel({ onChosen }: { onChosen: () => void }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const { results, searched, error, pending } = useSearchResults(query);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const activeIndex = results.length === 0 ? -1 : Math.min(active, results.length - 1);

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    onChosen();
    router.push(result.href);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + results.length) % results.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(results[activeIndex]);
    }
  };

  const status = error ?? (query.trim().length < MIN_QUERY_LENGTH ? "Type at least two characters: a company name, a panel order number, a link or an invoice number." : pending || searched === null ? "Searching…" : results.length === 0 ? `Nothing matches "${searched}".` : `${results.length} result${results.length === 1 ? "" : "s"}.`);

  return (
    <div>
      <div className="flex items-center gap-2 border-b px-3">
        <Search className="size-4 text-muted-foreground" aria-hidden="true" />
        <input
          autoFocus
          role="combobox"
          aria-label="Search companies, orders and invoices"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          value={query}
          maxLength={100}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder="Company, order number, link or invoice number"
          className="h-12 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground"
        />
      </div>
      <ul id={listId} role="listbox" aria-label="Search results" className="max-h-[60vh] overflow-y-auto p-2 empty:hidden">
        {results.map((result, index) => {
          const { label, icon: Icon } = KIND_PRESENTATION[result.kind];
          return (
            <li
              key={`${result.kind}-${result.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              data-href={result.href}
              onMouseMove={() => setActive(index)}
              onClick={() => choose(result)}
              className={clsx("flex cursor-pointer items-start gap-3 rounded-md px-3 py-2 text-sm", index === activeIndex && "bg-accent text-accent-foreground")}
            >
              <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{result.title}</span>
                <span className="block truncate text-xs text-muted-foreground">{result.detail}</span>
              </span>
              <span className="shrink-0 text-xs text-muted-foreground">{label}</span>
            </li>
          );
        })}
      </ul>
      <p className="border-t px-3 py-2 text-xs text-muted-foreground" role="status" aria-live="polite">
        {status} <span className="hidden sm:inline">↑↓ to move, Enter to open, Esc to close.</span>
      </p>
    </div>
  );
}
