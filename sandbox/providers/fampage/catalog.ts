export const SERVICE_TYPES = ["Default", "Package", "Custom Comments", "Poll", "Subscriptions"] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** A service of the simulated panel. `cancel` and `dripfeed` left undefined are absent from `action=services`. */
export type CatalogService = {
  service: number;
  name: string;
  type: ServiceType;
  category: string;
  /** Price per 1000 units (for a Package: the price of the package), as the panel prints it. */
  rate: string;
  min: number;
  max: number;
  refill: boolean;
  cancel?: boolean;
  dripfeed?: boolean;
  desc?: string;
};

/** The seeded catalog: several networks, every order type, flags present, absent and false. */
export const SANDBOX_CATALOG: readonly CatalogService[] = [
  { service: 1, name: "Instagram Followers [Real, 30 days refill]", type: "Default", category: "Instagram Followers", rate: "0.90", min: 50, max: 10_000, refill: true, cancel: true, desc: "Real-looking profiles, 5-10k per day." },
  { service: 2, name: "Instagram Followers [No refill]", type: "Default", category: "Instagram Followers", rate: "0.41275", min: 100, max: 50_000, refill: false, cancel: true },
  { service: 3, name: "Instagram Followers [Drip-feed]", type: "Default", category: "Instagram Followers", rate: "1.12345", min: 50, max: 20_000, refill: true, cancel: true, dripfeed: true },
  { service: 4, name: "Instagram Likes [Instant]", type: "Default", category: "Instagram Likes", rate: "0.15", min: 10, max: 50_000, refill: false },
  { service: 5, name: "Instagram Likes [Drip-feed]", type: "Default", category: "Instagram Likes", rate: "0.18250", min: 10, max: 20_000, refill: false, cancel: false, dripfeed: true },
  { service: 6, name: "Instagram Custom Comments", type: "Custom Comments", category: "Instagram Comments", rate: "12.50", min: 5, max: 500, refill: false, cancel: false, desc: "One comment per line." },
  { service: 7, name: "Instagram Random Emoji Comments", type: "Default", category: "Instagram Comments", rate: "8.00", min: 10, max: 1_000, refill: false },
  { service: 8, name: "Instagram Story Views", type: "Default", category: "Instagram Views", rate: "0.02875", min: 100, max: 100_000, refill: false, cancel: true },
  { service: 9, name: "Instagram Auto Likes [Subscription]", type: "Subscriptions", category: "Instagram Auto Likes", rate: "0.22", min: 50, max: 5_000, refill: false, cancel: true },
  { service: 10, name: "Instagram Story Poll Votes", type: "Poll", category: "Instagram Story Poll", rate: "0.95", min: 100, max: 10_000, refill: false },
  { service: 11, name: "Instagram Starter Package (1k followers + 5k likes)", type: "Package", category: "Instagram Packages", rate: "9.99", min: 1, max: 1, refill: false, cancel: false },
  { service: 12, name: "TikTok Views", type: "Default", category: "TikTok Views", rate: "0.00850", min: 100, max: 10_000_000, refill: false, cancel: true },
  { service: 13, name: "TikTok Views [Fast]", type: "Default", category: "TikTok Views", rate: "0.01234", min: 500, max: 5_000_000, refill: false },
  { service: 14, name: "TikTok Followers", type: "Default", category: "TikTok Followers", rate: "2.35", min: 100, max: 50_000, refill: true, cancel: true },
  { service: 15, name: "TikTok Likes", type: "Default", category: "TikTok Likes", rate: "0.45", min: 50, max: 100_000, refill: true },
  { service: 16, name: "YouTube Views [Non drop]", type: "Default", category: "YouTube Views", rate: "1.95", min: 500, max: 1_000_000, refill: true, cancel: false },
  { service: 17, name: "YouTube Likes", type: "Default", category: "YouTube Likes", rate: "3.20", min: 50, max: 50_000, refill: true, cancel: true },
  { service: 18, name: "YouTube Subscribers", type: "Default", category: "YouTube Subscribers", rate: "18.90", min: 100, max: 20_000, refill: true, cancel: false },
  { service: 19, name: "Facebook Page Likes", type: "Default", category: "Facebook Page Likes", rate: "4.75", min: 100, max: 100_000, refill: true, cancel: true },
  { service: 20, name: "Facebook Post Likes", type: "Default", category: "Facebook Post Likes", rate: "1.05", min: 50, max: 20_000, refill: false },
  { service: 21, name: "X (Twitter) Followers", type: "Default", category: "Twitter Followers", rate: "6.48312", min: 100, max: 30_000, refill: true, cancel: true },
  { service: 22, name: "X (Twitter) Likes", type: "Default", category: "Twitter Likes", rate: "2.10", min: 20, max: 10_000, refill: false, cancel: false },
  { service: 23, name: "Telegram Channel Members", type: "Default", category: "Telegram Members", rate: "1.79", min: 100, max: 100_000, refill: true, cancel: true },
  { service: 24, name: "Telegram Post Views [Last 5 posts]", type: "Default", category: "Telegram Views", rate: "0.03125", min: 100, max: 1_000_000, refill: false },
  { service: 25, name: "Spotify Plays", type: "Default", category: "Spotify Plays", rate: "0.89999", min: 1_000, max: 10_000_000, refill: false, cancel: true },
];

export function findCatalogService(serviceId: number): CatalogService | undefined {
  return SANDBOX_CATALOG.find((service) => service.service === serviceId);
}
