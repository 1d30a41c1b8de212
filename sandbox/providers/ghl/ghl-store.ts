import { SANDBOX_AGENCY } from "./sandbox-agency";

/** Whom a token acts for: the agency or one sub-account. */
export type UserType = "Company" | "Location";

export type StoredToken = {
  /** Non-secret handle for the control API. */
  id: string;
  value: string;
  kind: "access" | "refresh";
  userType: UserType;
  companyId: string;
  locationId: string | null;
  userId: string;
  scope: string;
  issuedAt: Date;
  expiresAt: Date;
  revoked: boolean;
  /** Refresh tokens are single-use. */
  spent: boolean;
};

/** Kept under its value in GhlStore.codes. */
export type StoredAuthorizationCode = {
  /** What the admin installed the app for on the chooser: the agency, or one sub-account. */
  userType: UserType;
  locationId: string | null;
  clientId: string;
  redirectUri: string;
  scope: string;
  companyId: string;
  userId: string;
  expiresAt: Date;
  used: boolean;
};

export type StoredLocation = {
  id: string;
  companyId: string;
  name: string;
  /** The prospect's e-mail given at creation; what `GET /locations/search?email=` matches. */
  email: string | null;
  details: Record<string, string>;
  createdAt: Date;
};

/** What tests read to prove "exactly once": calls that changed state, by kind. */
export type GhlCounters = {
  codeExchanges: number;
  refreshes: number;
  /** Refresh attempts refused with invalid_grant (a spent, revoked or unknown refresh token). */
  refusedRefreshes: number;
  locationsCreated: number;
  locationsDeleted: number;
  usersCreated: number;
  contactsCreated: number;
  contactsUpdated: number;
  notesCreated: number;
  /** Tags that were new on their contact (a repeated tag request adds none). */
  tagsAdded: number;
  authentications: number;
};

function zeroCounters(): GhlCounters {
  return {
    codeExchanges: 0,
    refreshes: 0,
    refusedRefreshes: 0,
    locationsCreated: 0,
    locationsDeleted: 0,
    usersCreated: 0,
    contactsCreated: 0,
    contactsUpdated: 0,
    notesCreated: 0,
    tagsAdded: 0,
    authentications: 0,
  };
}

export type StoredUser = {
  id: string;
  companyId: string;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  phone: string | null;
  type: string;
  role: string;
  locationIds: string[];
  permissions: Record<string, boolean>;
  createdAt: Date;
};

export type StoredContact = {
  id: string;
  locationId: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  tags: string[];
  createdAt: Date;
};

export type StoredNote = {
  id: string;
  contactId: string;
  locationId: string;
  body: string;
  userId: string | null;
  createdAt: Date;
};

/** The simulated GoHighLevel account: codes, tokens, sub-accounts, users, contacts and their notes. */
export class GhlStore {
  readonly codes = new Map<string, StoredAuthorizationCode>();
  readonly tokens = new Map<string, StoredToken>();
  readonly locations = new Map<string, StoredLocation>();
  readonly users = new Map<string, StoredUser>();
  readonly contacts = new Map<string, StoredContact>();
  readonly notes = new Map<string, StoredNote>();
  #nextTokenNumber = 1;
  /** Set by the control API: the next correct sign-in answers with a demand for a one-time code. */
  twoFactorDemandArmed = false;
  /** Set by the control API: how long the token endpoint takes to answer (the refresh-storm benchmark uses 100 ms). */
  tokenLatencyMs = 0;
  /** Set by the control API: the next `POST /users/` is refused with this 422 message (e.g. a rejected e-mail). */
  nextUserRefusal: string | null = null;
  counters: GhlCounters = zeroCounters();

  constructor() {
    this.#seed();
  }

  /** The agency's own CRM sub-account exists before the app is installed, as in a real agency. */
  #seed(): void {
    this.locations.set(SANDBOX_AGENCY.crmLocationId, {
      id: SANDBOX_AGENCY.crmLocationId,
      companyId: SANDBOX_AGENCY.companyId,
      name: `${SANDBOX_AGENCY.name} CRM`,
      email: null,
      details: {},
      createdAt: new Date(0),
    });
  }

  nextTokenId(): string {
    return `tok_${this.#nextTokenNumber++}`;
  }

  findTokenById(id: string): StoredToken | undefined {
    return [...this.tokens.values()].find((token) => token.id === id);
  }

  findUserByEmail(email: string): StoredUser | undefined {
    const wanted = email.trim().toLowerCase();
    return [...this.users.values()].find((user) => user.email.toLowerCase() === wanted);
  }

  clear(): void {
    this.codes.clear();
    this.tokens.clear();
    this.locations.clear();
    this.users.clear();
    this.contacts.clear();
    this.notes.clear();
    this.#nextTokenNumber = 1;
    this.twoFactorDemandArmed = false;
    this.tokenLatencyMs = 0;
    this.nextUserRefusal = null;
    this.counters = zeroCounters();
    this.#seed();
  }
}
