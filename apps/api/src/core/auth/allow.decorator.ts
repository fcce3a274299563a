import { SetMetadata } from '@nestjs/common';
import { Role } from '@alliance/domain';

export const ACCESS_RULE = 'alliance:access-rule';

/** Anyone, signed in or not (sign-in itself, public pages). */
export const ANONYMOUS = 'ANONYMOUS' as const;
/** Any signed-in user, whatever their role. */
export const SIGNED_IN = 'SIGNED_IN' as const;

export type AccessRule = typeof ANONYMOUS | typeof SIGNED_IN | readonly Role[];

/**
 * The one access rule of a resolver operation or HTTP route. Operations without one are refused
 * (deny by default) and the app refuses to start (see access-rules.check.ts).
 *
 *   @Allow(Role.COORDINATOR)                 coordinators only
 *   @Allow(Role.COORDINATOR, Role.ADVOCATE)  either role
 *   @Allow(SIGNED_IN)                        any signed-in user
 *   @Allow(ANONYMOUS)                        everyone
 */
export function Allow(rule: typeof ANONYMOUS | typeof SIGNED_IN): MethodDecorator & ClassDecorator;
export function Allow(...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator;
export function Allow(...args: (Role | typeof ANONYMOUS | typeof SIGNED_IN)[]): MethodDecorator & ClassDecorator {
  const [first] = args;
  const rule: AccessRule = first === ANONYMOUS || first === SIGNED_IN ? first : (args as Role[]);
  return SetMetadata(ACCESS_RULE, rule);
}

export function describeAccessRule(rule: AccessRule): string {
  return typeof rule === 'string' ? rule : rule.join(' | ');
}
