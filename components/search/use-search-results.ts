"use client";

import { useEffect, useRef, useState } from "react";
import { globalSearchAction } from "@/actions/search";
import type { SearchResult } from "@/lib/search/global-search";

const DEBOUNCE_MS = 150;
export const MIN_QUERY_LENGTH = 2;

type Answer = { query: string; results: SearchResult[]; error: string | null };
export type SearchState = { results: SearchResult[]; searched: string | null; error: string | null; pending: boolean };

/** Results for `query` (two characters or more), debounced; an answer to an older query is dropped. */
export function useSearchResults(query: string): SearchState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);
  const trimmed = query.trim();
  const searchable = trimmed.length >= MIN_QUERY_LENGTH;

  useEffect(() => {
    const ticket = ++latest.current;
    if (!searchable) return;
    const timer = setTimeout(async () => {
      const response = await globalSearchAction({ query: trimmed }).catch(() => null);
      if (ticket !== latest.current) return;
      const error =
        response?.serverError ??
        response?.validationErrors?.fieldErrors.query?.[0] ??
        (response ? null : "The search did not answer. Check your connection and try again.");
      setAnswer({ query: trimmed, results: response?.data?.results ?? [], error });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [trimmed, searchable]);

  if (!searchable || !answer) return { results: [], searched: null, error: null, pending: searchable };
  return { results: answer.results, searched: answer.query, error: answer.error, pending: answer.query !== trimmed };
}
