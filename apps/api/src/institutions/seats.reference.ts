import { InstitutionKind, SeatRole } from '@alliance/domain';
import { EntityManager } from 'typeorm';
import { InstitutionEntity } from './institution.entity';
import { SeatEntity } from './seat.entity';

const MEMBERS_SOURCE = 'https://main.un.org/securitycouncil/en/content/current-members';
const CHARTER_SOURCE = 'https://www.un.org/en/about-us/un-charter/chapter-5 (Article 23)';
const PRESIDENCY_SOURCE =
  'https://main.un.org/securitycouncil/en/content/presidency (monthly rotation in English alphabetical order, rule 18 of the provisional rules of procedure)';

/** Missions of the states elected to the Security Council for 2025-2026 and 2026-2027 (public facts). */
export const ELECTED_MEMBER_MISSIONS = [
  { key: 'mission-dk-un', country: 'DK', state: 'Denmark', stateFr: 'du Danemark', term: ['2025-01-01', '2026-12-31'] },
  { key: 'mission-gr-un', country: 'GR', state: 'Greece', stateFr: 'de la Grèce', term: ['2025-01-01', '2026-12-31'] },
  { key: 'mission-pk-un', country: 'PK', state: 'Pakistan', stateFr: 'du Pakistan', term: ['2025-01-01', '2026-12-31'] },
  { key: 'mission-pa-un', country: 'PA', state: 'Panama', stateFr: 'du Panama', term: ['2025-01-01', '2026-12-31'] },
  { key: 'mission-so-un', country: 'SO', state: 'Somalia', stateFr: 'de la Somalie', term: ['2025-01-01', '2026-12-31'] },
  { key: 'mission-bh-un', country: 'BH', state: 'Bahrain', stateFr: 'de Bahreïn', term: ['2026-01-01', '2027-12-31'] },
  { key: 'mission-co-un', country: 'CO', state: 'Colombia', stateFr: 'de la Colombie', term: ['2026-01-01', '2027-12-31'] },
  { key: 'mission-cd-un', country: 'CD', state: 'the Democratic Republic of the Congo', stateFr: 'de la République démocratique du Congo', term: ['2026-01-01', '2027-12-31'] },
  { key: 'mission-lv-un', country: 'LV', state: 'Latvia', stateFr: 'de la Lettonie', term: ['2026-01-01', '2027-12-31'] },
  { key: 'mission-lr-un', country: 'LR', state: 'Liberia', stateFr: 'du Libéria', term: ['2026-01-01', '2027-12-31'] },
] as const;

const PERMANENT_MEMBER_MISSIONS = ['mission-cn-un', 'mission-fr-un', 'mission-ru-un', 'mission-uk-un', 'mission-us-un'];

/**
 * The 2026 presidencies, derived from the rotation rule (after Slovenia in December 2025). Later
 * presidencies depend on elections the alliance records when they happen.
 */
const PRESIDENCIES_2026 = [
  'mission-so-un', 'mission-uk-un', 'mission-us-un', 'mission-bh-un', 'mission-cn-un', 'mission-co-un',
  'mission-cd-un', 'mission-dk-un', 'mission-fr-un', 'mission-gr-un', 'mission-lv-un', 'mission-lr-un',
];

/** Creates the elected members' missions and the Council's seats (idempotent, by reference key). */
export async function syncSecurityCouncilSeats(manager: EntityManager): Promise<number> {
  for (const mission of ELECTED_MEMBER_MISSIONS) {
    await manager.upsert(
      InstitutionEntity,
      {
        referenceKey: mission.key,
        name: `Permanent Mission of ${mission.state} to the United Nations`,
        nameFr: `Mission permanente ${mission.stateFr} auprès des Nations Unies`,
        acronym: null,
        kind: InstitutionKind.PERMANENT_MISSION,
        parentId: null,
        countryCode: mission.country,
        website: null,
      },
      ['referenceKey'],
    );
  }
  const keys = [...PERMANENT_MEMBER_MISSIONS, ...ELECTED_MEMBER_MISSIONS.map((mission) => mission.key), 'un-security-council'];
  const institutions = await manager.createQueryBuilder(InstitutionEntity, 'institution').withDeleted().where('institution.referenceKey IN (:...keys)', { keys }).getMany();
  const idOf = (key: string) => {
    const found = institutions.find((institution) => institution.referenceKey === key);
    if (!found) throw new Error(`Reference institution ${key} is missing`);
    return found.id;
  };
  const council = idOf('un-security-council');
  const seats = [
    ...PERMANENT_MEMBER_MISSIONS.map((key) => ({
      referenceKey: `unsc:permanent:${key}`, memberId: idOf(key), role: SeatRole.PERMANENT_MEMBER, startDate: '1945-10-24', endDate: null, source: CHARTER_SOURCE,
    })),
    ...ELECTED_MEMBER_MISSIONS.map((mission) => ({
      referenceKey: `unsc:elected:${mission.key}:${mission.term[0].slice(0, 4)}`,
      memberId: idOf(mission.key),
      role: SeatRole.ELECTED_MEMBER,
      startDate: mission.term[0],
      endDate: mission.term[1],
      source: MEMBERS_SOURCE,
    })),
    ...PRESIDENCIES_2026.map((key, month) => ({
      referenceKey: `unsc:presidency:2026-${String(month + 1).padStart(2, '0')}`,
      memberId: idOf(key),
      role: SeatRole.PRESIDENCY,
      startDate: `2026-${String(month + 1).padStart(2, '0')}-01`,
      endDate: new Date(Date.UTC(2026, month + 1, 0)).toISOString().slice(0, 10),
      source: PRESIDENCY_SOURCE,
    })),
  ].map((seat) => ({ ...seat, bodyId: council }));
  await manager.upsert(SeatEntity, seats, ['referenceKey']);
  return seats.length;
}
