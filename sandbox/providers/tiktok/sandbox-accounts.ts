/** A TikTok creator one can sign in as on the sandbox consent page. */
export type SandboxTikTokAccount = {
  openId: string;
  unionId: string;
  username: string;
  displayName: string;
  bioDescription: string;
  isVerified: boolean;
  followerCount: number;
  followingCount: number;
  likesCount: number;
  videoCount: number;
  /** Background of the generated avatar. */
  avatarColor: string;
};

const NOVA: SandboxTikTokAccount = {
  openId: "-000sandboxCreatorNova",
  unionId: "c9a1b5d0-sandbox-union-nova",
  username: "nova.bakes",
  displayName: "Nova Bakes",
  bioDescription: "Sourdough every morning 🍞",
  isVerified: true,
  followerCount: 128_430,
  followingCount: 312,
  likesCount: 2_904_117,
  videoCount: 486,
  avatarColor: "#fe2c55",
};

const RIO: SandboxTikTokAccount = {
  openId: "-000sandboxCreatorRio",
  unionId: "4e2f8a11-sandbox-union-rio",
  username: "rio.fitness",
  displayName: "Rio Fitness",
  bioDescription: "15-minute workouts",
  isVerified: false,
  followerCount: 9_871,
  followingCount: 88,
  likesCount: 154_002,
  videoCount: 97,
  avatarColor: "#25f4ee",
};

export const SANDBOX_TIKTOK_ACCOUNTS: readonly SandboxTikTokAccount[] = [NOVA, RIO];

/** Whom the consent helpers sign in as unless told otherwise. */
export const DEFAULT_SANDBOX_ACCOUNT = NOVA;

export function findSandboxAccount(openId: string): SandboxTikTokAccount | undefined {
  return SANDBOX_TIKTOK_ACCOUNTS.find((account) => account.openId === openId);
}

/** An SVG avatar with the account's initials, inline so it shows without network access. */
export function avatarDataUrl(account: SandboxTikTokAccount): string {
  const initials = account.displayName
    .split(/\s+/)
    .map((word) => word.charAt(0))
    .join("")
    .slice(0, 2)
    .toUpperCase();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="50" fill="${account.avatarColor}"/><text x="50" y="62" font-family="sans-serif" font-size="36" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
