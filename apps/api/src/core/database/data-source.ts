import path from 'node:path';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_URL } from '../../config/app-config';
import { dataSourceOptions, compiledFileGlobs } from './data-source-options';

/**
 * The DataSource the TypeORM CLI uses (migration:generate, migration:run) against the compiled build.
 * This file compiles to dist/api/apps/api/src/core/database/data-source.js; dist/api is four levels up.
 */
const distRoot = path.resolve(__dirname, '../../../../..');

export default new DataSource({
  ...dataSourceOptions(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL),
  ...compiledFileGlobs(distRoot),
});
