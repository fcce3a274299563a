/** Who a signed-in person is in the alliance. A MEMBER represents exactly one member organisation. */
export enum Role {
  COORDINATOR = 'COORDINATOR',
  ADVOCATE = 'ADVOCATE',
  ANALYST = 'ANALYST',
  MEMBER = 'MEMBER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Staff roles see the alliance's internal records; MEMBER sees what is shared with member organisations. */
export const STAFF_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST];

export enum UserStatus {
  /** Invited by a coordinator; has not set a password yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** Cannot sign in; every session revoked. */
  DISABLED = 'DISABLED',
}
