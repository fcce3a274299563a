import { InstitutionKind } from '@alliance/domain';
import { EntityManager } from 'typeorm';
import { InstitutionEntity } from './institution.entity';

interface ReferenceInstitution {
  key: string;
  name: string;
  nameFr: string;
  acronym?: string;
  kind: InstitutionKind;
  parent?: string;
  countryCode?: string;
  website: string;
}

/**
 * Real, public institutions the alliance works with, shipped so a new CRM is useful from day one.
 * Sources: the official websites listed with each. No persons: people are added by the alliance.
 */
export const REFERENCE_INSTITUTIONS: readonly ReferenceInstitution[] = [
  { key: 'un', name: 'United Nations', nameFr: 'Organisation des Nations Unies', acronym: 'UN', kind: InstitutionKind.UN_ORGAN, website: 'https://www.un.org' },
  { key: 'un-security-council', name: 'United Nations Security Council', nameFr: 'Conseil de sécurité des Nations Unies', acronym: 'UNSC', kind: InstitutionKind.UN_ORGAN, parent: 'un', website: 'https://main.un.org/securitycouncil/' },
  { key: 'un-general-assembly', name: 'United Nations General Assembly', nameFr: 'Assemblée générale des Nations Unies', acronym: 'UNGA', kind: InstitutionKind.UN_ORGAN, parent: 'un', website: 'https://www.un.org/en/ga/' },
  { key: 'un-secretariat', name: 'United Nations Secretariat', nameFr: 'Secrétariat des Nations Unies', kind: InstitutionKind.UN_ORGAN, parent: 'un', website: 'https://www.un.org/en/about-us/secretariat' },
  { key: 'un-osapg', name: 'Office on Genocide Prevention and the Responsibility to Protect', nameFr: 'Bureau pour la prévention du génocide et la responsabilité de protéger', kind: InstitutionKind.UN_ORGAN, parent: 'un-secretariat', website: 'https://www.un.org/en/genocide-prevention' },
  { key: 'un-ohchr', name: 'Office of the United Nations High Commissioner for Human Rights', nameFr: "Haut-Commissariat des Nations Unies aux droits de l'homme", acronym: 'OHCHR', kind: InstitutionKind.UN_AGENCY, parent: 'un-secretariat', website: 'https://www.ohchr.org' },
  { key: 'un-human-rights-council', name: 'United Nations Human Rights Council', nameFr: "Conseil des droits de l'homme des Nations Unies", acronym: 'HRC', kind: InstitutionKind.UN_ORGAN, parent: 'un-general-assembly', website: 'https://www.ohchr.org/en/hrbodies/hrc/home' },
  { key: 'icj', name: 'International Court of Justice', nameFr: 'Cour internationale de Justice', acronym: 'ICJ', kind: InstitutionKind.COURT, parent: 'un', website: 'https://www.icj-cij.org' },
  { key: 'unhcr', name: 'Office of the United Nations High Commissioner for Refugees', nameFr: 'Haut-Commissariat des Nations Unies pour les réfugiés', acronym: 'UNHCR', kind: InstitutionKind.UN_AGENCY, parent: 'un', website: 'https://www.unhcr.org' },
  { key: 'mission-us-un', name: 'United States Mission to the United Nations', nameFr: 'Mission des États-Unis auprès des Nations Unies', acronym: 'USUN', kind: InstitutionKind.PERMANENT_MISSION, countryCode: 'US', website: 'https://usun.usmission.gov' },
  { key: 'mission-uk-un', name: 'United Kingdom Mission to the United Nations', nameFr: 'Mission du Royaume-Uni auprès des Nations Unies', acronym: 'UKUN', kind: InstitutionKind.PERMANENT_MISSION, countryCode: 'GB', website: 'https://www.gov.uk/world/organisations/uk-mission-to-the-un-new-york' },
  { key: 'mission-fr-un', name: 'Permanent Mission of France to the United Nations', nameFr: 'Mission permanente de la France auprès des Nations Unies', kind: InstitutionKind.PERMANENT_MISSION, countryCode: 'FR', website: 'https://onu.delegfrance.org' },
  { key: 'mission-cn-un', name: "Permanent Mission of the People's Republic of China to the United Nations", nameFr: 'Mission permanente de la République populaire de Chine auprès des Nations Unies', kind: InstitutionKind.PERMANENT_MISSION, countryCode: 'CN', website: 'http://un.china-mission.gov.cn/eng/' },
  { key: 'mission-ru-un', name: 'Permanent Mission of the Russian Federation to the United Nations', nameFr: 'Mission permanente de la Fédération de Russie auprès des Nations Unies', kind: InstitutionKind.PERMANENT_MISSION, countryCode: 'RU', website: 'https://russiaun.ru/en' },
  { key: 'icc', name: 'International Criminal Court', nameFr: 'Cour pénale internationale', acronym: 'ICC', kind: InstitutionKind.COURT, website: 'https://www.icc-cpi.int' },
  { key: 'eu', name: 'European Union', nameFr: 'Union européenne', acronym: 'EU', kind: InstitutionKind.REGIONAL_BODY, website: 'https://european-union.europa.eu' },
  { key: 'eu-eeas', name: 'European External Action Service', nameFr: 'Service européen pour l’action extérieure', acronym: 'EEAS', kind: InstitutionKind.REGIONAL_BODY, parent: 'eu', website: 'https://www.eeas.europa.eu' },
  { key: 'eu-parliament', name: 'European Parliament', nameFr: 'Parlement européen', kind: InstitutionKind.PARLIAMENT, parent: 'eu', website: 'https://www.europarl.europa.eu' },
  { key: 'au', name: 'African Union', nameFr: 'Union africaine', acronym: 'AU', kind: InstitutionKind.REGIONAL_BODY, website: 'https://au.int' },
  { key: 'au-psc', name: 'African Union Peace and Security Council', nameFr: "Conseil de paix et de sécurité de l'Union africaine", acronym: 'PSC', kind: InstitutionKind.REGIONAL_BODY, parent: 'au', website: 'https://www.peaceau.org/en/page/42-psc' },
  { key: 'au-commission', name: 'African Union Commission', nameFr: "Commission de l'Union africaine", acronym: 'AUC', kind: InstitutionKind.REGIONAL_BODY, parent: 'au', website: 'https://au.int/en/commission' },
  { key: 'oas', name: 'Organization of American States', nameFr: 'Organisation des États américains', acronym: 'OAS', kind: InstitutionKind.REGIONAL_BODY, website: 'https://www.oas.org' },
  { key: 'asean', name: 'Association of Southeast Asian Nations', nameFr: 'Association des nations de l’Asie du Sud-Est', acronym: 'ASEAN', kind: InstitutionKind.REGIONAL_BODY, website: 'https://asean.org' },
  { key: 'us-government', name: 'Government of the United States', nameFr: 'Gouvernement des États-Unis', kind: InstitutionKind.NATIONAL_GOVERNMENT, countryCode: 'US', website: 'https://www.usa.gov' },
  { key: 'us-state-department', name: 'United States Department of State', nameFr: "Département d'État des États-Unis", kind: InstitutionKind.MINISTRY, parent: 'us-government', countryCode: 'US', website: 'https://www.state.gov' },
  { key: 'us-congress', name: 'United States Congress', nameFr: 'Congrès des États-Unis', kind: InstitutionKind.PARLIAMENT, parent: 'us-government', countryCode: 'US', website: 'https://www.congress.gov' },
  { key: 'uk-government', name: 'Government of the United Kingdom', nameFr: 'Gouvernement du Royaume-Uni', kind: InstitutionKind.NATIONAL_GOVERNMENT, countryCode: 'GB', website: 'https://www.gov.uk' },
  { key: 'uk-fcdo', name: 'Foreign, Commonwealth & Development Office', nameFr: 'Ministère des Affaires étrangères, du Commonwealth et du Développement', acronym: 'FCDO', kind: InstitutionKind.MINISTRY, parent: 'uk-government', countryCode: 'GB', website: 'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office' },
  { key: 'uk-parliament', name: 'Parliament of the United Kingdom', nameFr: 'Parlement du Royaume-Uni', kind: InstitutionKind.PARLIAMENT, parent: 'uk-government', countryCode: 'GB', website: 'https://www.parliament.uk' },
  { key: 'fr-government', name: 'Government of France', nameFr: 'Gouvernement de la France', kind: InstitutionKind.NATIONAL_GOVERNMENT, countryCode: 'FR', website: 'https://www.info.gouv.fr' },
  { key: 'fr-meae', name: 'Ministry for Europe and Foreign Affairs', nameFr: "Ministère de l'Europe et des Affaires étrangères", acronym: 'MEAE', kind: InstitutionKind.MINISTRY, parent: 'fr-government', countryCode: 'FR', website: 'https://www.diplomatie.gouv.fr' },
];

/** Brings the shipped institutions up to date by their reference key (idempotent), parents before children. */
export async function syncInstitutions(manager: EntityManager): Promise<number> {
  const idByKey = new Map<string, string>();
  for (const institution of REFERENCE_INSTITUTIONS) {
    const parentId = institution.parent ? idByKey.get(institution.parent) : null;
    if (parentId === undefined) throw new Error(`Reference institution ${institution.key} lists its parent after itself`);
    const values = {
      referenceKey: institution.key,
      name: institution.name,
      nameFr: institution.nameFr,
      acronym: institution.acronym ?? null,
      kind: institution.kind,
      parentId,
      countryCode: institution.countryCode ?? null,
      website: institution.website,
    };
    await manager.upsert(InstitutionEntity, values, ['referenceKey']);
    const saved = await manager.findOneOrFail(InstitutionEntity, { where: { referenceKey: institution.key }, withDeleted: true });
    idByKey.set(institution.key, saved.id);
  }
  return REFERENCE_INSTITUTIONS.length;
}
