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
  details: Record<string, string>;
  createdAt: Date;
};

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

/** The simulated GoHighLevel account: codes, tokens, sub-accounts, users and contacts. */
export class GhlStore {
  readonly codes = new Map<string, StoredAuthorizationCode>();
  readonly tokens = new Map<string, StoredToken>();
  readonly locations = new Map<string, StoredLocation>();
  readonly users = new Map<string, StoredUser>();
  readonly contacts = new Map<string, StoredContact>();
  #nextTokenNumber = 1;
  /** Set by the control API: the next correct sign-in answers with a demand for a one-time code. */
  twoFactorDemandArmed = false;

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
    this.#nextTokenNumber = 1;
    this.twoFactorDemandArmed = false;
  }
}
