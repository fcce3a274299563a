// @faker-js/faker ships ES modules only; Node 24 loads them with require().
import * as fakerModule from '@faker-js/faker';

export { fakerModule };
export type Faker = fakerModule.Faker;
