"use client";

import { Building2, FileText, Search, ShoppingCart } from "lucide-react";
import { useRouter } from "next/navigation";
import { Dialog } from "radix-ui";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { SearchResult } from "@/lib/search/global-search";
import { cn } from "@/lib/utils";
import { MIN_QUERY_LENGTH, useSearchResults } from "./use-search-results";

const KIND_PRESENTATION = {
  company: { label: "Company", icon: Building2 },
  order: { label: "Order", icon: ShoppingCart },
  invoice: { label: "Invoice", icon: FileText },
} as const;

/** ⌘K / Ctrl-K (or the header button) from any portal page: companies, orders and invoices. */
export function GlobalSearch() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setOpen((current) => !current);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="outline" size="sm" className="text-muted-foreground" data-testid="global-search-button">
          <Search />
          <span className="hidden sm:inline">Search</span>
          <kbd className="hidden rounded border bg-muted px-1 font-sans text-xs sm:inline" aria-hidden="true">
            Ctrl K
          </kbd>
          <span className="sr-only sm:hidden">Search</span>
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content
          className="fixed top-[10vh] left-1/2 z-50 w-[calc(100vw-2rem)] max-w-xl -translate-x-1/2 rounded-lg border bg-card shadow-lg"
          aria-describedby={undefined}
        >
          <Dialog.Title className="sr-only">Search the console</Dialog.Title>
          {open && <SearchPanel onChosen={() => setOpen(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function SearchPanel({ onChosen }: { onChosen: () => void }) {
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
              className={cn("flex cursor-pointer items-start gap-3 rounded-md px-3 py-2 text-sm", index === activeIndex && "bg-accent text-accent-foreground")}
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
