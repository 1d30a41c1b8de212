import { Monitor, Moon, Sun } from "lucide-react";
import { ThemeToggleButton } from "./theme-toggle-button";

/** The header's theme switch, its three icons drawn here on the server rather than shipped to every page's JavaScript. */
export function ThemeToggle() {
  return <ThemeToggleButton icons={{ system: <Monitor aria-hidden />, light: <Sun aria-hidden />, dark: <Moon aria-hidden /> }} />;
}
