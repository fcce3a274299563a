import { DataSource } from 'typeorm';
import { syncCountries } from '../countries/countries.reference';
import { syncInstitutions } from '../institutions/institutions.reference';
import { syncSecurityCouncilSeats } from '../institutions/seats.reference';

/**
 * Reference data the product needs to work (countries now; institutions and risk factors as they land),
 * brought up to date after migrations. Idempotent.
 */
export async function syncReferenceData(dataSource: DataSource): Promise<string[]> {
  return dataSource.transaction(async (manager) => [
    `${await syncCountries(manager)} countries`,
    `${await syncInstitutions(manager)} institutions`,
    `${await syncSecurityCouncilSeats(manager)} Security Council seats`,
  ]);
}
