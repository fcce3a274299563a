import type { CodegenConfig } from '@graphql-codegen/cli';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolve paths from this file so codegen works from the workspace root (nx) and from apps/admin alike.
const appRoot = path.dirname(fileURLToPath(import.meta.url));

const config: CodegenConfig = {
  overwrite: true,
  schema: path.join(appRoot, '../api/schema.graphql'),
  documents: [path.join(appRoot, 'src/**/*.{ts,tsx}'), `!${path.join(appRoot, 'src/gql/**/*')}`],
  ignoreNoDocuments: true,
  generates: {
    [path.join(appRoot, 'src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // String unions, so the string enums of @alliance/domain (same values) are assignable to them.
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: true,
        // Apollo Client does not add __typename to the root Query/Mutation types.
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
