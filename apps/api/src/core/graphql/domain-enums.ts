import { registerEnumType } from '@nestjs/graphql';
import { Language, Role, UserStatus } from '@alliance/domain';

/** Enums from the shared domain library, exposed to GraphQL once. */
registerEnumType(Role, { name: 'Role', description: 'What a signed-in person may do.' });
registerEnumType(UserStatus, { name: 'UserStatus' });
registerEnumType(Language, { name: 'Language', description: 'A language the alliance publishes in.' });
