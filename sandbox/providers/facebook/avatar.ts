/** A self-contained profile picture (the sandbox works offline): the handle's first letter on a disc. */
export function avatarDataUrl(username: string): string {
  const letter = username.charAt(0).toUpperCase();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="150"><circle cx="75" cy="75" r="75" fill="#c13584"/><text x="75" y="98" font-size="64" font-family="sans-serif" fill="#fff" text-anchor="middle">${letter}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
