import worldCountries from 'world-countries';
import { EntityManager } from 'typeorm';
import { CountryEntity } from './country.entity';

/** Brings the countries table in line with the package (idempotent: run after every migration). */
export async function syncCountries(manager: EntityManager): Promise<number> {
  const rows = worldCountries.map((country) => ({
    code: country.cca2,
    alpha3: country.cca3,
    nameEn: country.name.common,
    nameFr: country.translations.fra?.common ?? country.name.common,
    region: country.region,
    subregion: country.subregion ?? '',
    unMember: country.unMember,
  }));
  await manager.upsert(CountryEntity, rows, ['code']);
  return rows.length;
}
