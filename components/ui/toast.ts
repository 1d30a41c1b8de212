/**
 * sonner's `toast`, loaded on first use: pages that only might announce something (every
 * form, every action button, the header menus) no longer ship sonner up front.
 */
const sonner = () => import("sonner");

export const toast = {
  success(message: string): void {
    void sonner().then(({ toast: show }) => show.success(message));
  },
  error(message: string): void {
    void sonner().then(({ toast: show }) => show.error(message));
  },
};
