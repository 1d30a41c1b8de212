"use client";

import { type ReactNode, useSyncExternalStore } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import { THEME_STORAGE_KEY } from "./theme-script";

export type Theme = "system" | "light" | "dark";

const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<Theme, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

function applyTheme(theme: Theme): void {
  const dark = theme === "dark" || (theme === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
}

const CHANGED = "social-scale-theme-change";

function storedTheme(): Theme {
  const stored = localStorage.getItem(THEME_STORAGE_KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}

function subscribe(onChange: () => void): () => void {
  // Other tabs (storage) and this one (CHANGED) alike.
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/**
 * Cycles system → light → dark; the choice is kept in this browser (the head script applies it before paint).
 * Each theme's icon comes drawn by the server.
 */
export function ThemeToggleButton({ icons }: { icons: Record<Theme, ReactNode> }) {
  // The server cannot know this browser's choice: it renders "system", the browser then reads it.
  const theme = useSyncExternalStore(subscribe, storedTheme, () => "system" as const);

  function choose(next: Theme) {
    if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, next);
    applyTheme(next);
    window.dispatchEvent(new Event(CHANGED));
  }

  return (
    <button
      type="button"
      className={buttonVariants({ variant: "ghost", size: "icon" })}
      aria-label={`${LABEL[theme]}. Switch to ${NEXT[theme]}.`}
      title={LABEL[theme]}
      data-testid="theme-toggle"
      data-theme={theme}
      onClick={() => choose(NEXT[theme])}
    >
      {icons[theme]}
    </button>
  );
}
