/** Where the administrator's choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = "social-scale-theme";

/**
 * Runs before the first paint so a dark page never flashes light: applies the stored
 * choice, or the system's, and follows the system while no choice is stored.
 */
const script = `(() => {
  const key = ${JSON.stringify(THEME_STORAGE_KEY)};
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    let stored = null;
    try { stored = localStorage.getItem(key); } catch {}
    const dark = stored === "dark" || (stored !== "light" && media.matches);
    document.documentElement.classList.toggle("dark", dark);
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  };
  apply();
  media.addEventListener("change", apply);
})();`;

export function ThemeScript({ nonce }: { nonce: string | undefined }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
