"use client";

import { Search } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import { useLazyDialog } from "@/components/ui/use-lazy-dialog";

const loadSearchDialog = () => import("./search-dialog");

// Only the button and the shortcut are on the page up front; the dialog comes on first use.
const SearchDialog = dynamic(() => loadSearchDialog().then((module) => module.SearchDialog), { ssr: false });

/** ⌘K / Ctrl-K (or the header button) from any portal page: companies, orders and invoices. */
export function GlobalSearch() {
  const dialog = useLazyDialog(loadSearchDialog);
  const { toggle } = dialog;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        toggle();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [toggle]);

  return (
    <>
      {/* A plain button with the Button's classes (none of them conflict): tailwind-merge stays off every page. */}
      <button
        {...dialog.triggerProps}
        type="button"
        className={buttonVariants({ variant: "outline", size: "sm", className: "text-muted-foreground" })}
        data-testid="global-search-button"
        onClick={toggle}
      >
        <Search />
        <span className="hidden sm:inline">Search</span>
        <kbd className="hidden rounded border bg-muted px-1 font-sans text-xs sm:inline" aria-hidden="true">
          Ctrl K
        </kbd>
        <span className="sr-only sm:hidden">Search</span>
      </button>
      {dialog.mounted ? <SearchDialog open={dialog.open} onOpenChange={dialog.setOpen} contentProps={dialog.contentProps} /> : null}
    </>
  );
}
