/** Word lists for plausible, fictional records. */

export const ORGANISATION_NOUNS_EN = [
  'Coalition', 'Centre', 'Institute', 'Network', 'Foundation', 'Alliance', 'Initiative', 'Council', 'Forum', 'Project',
  'Association', 'Society', 'Trust', 'Collective', 'Platform', 'Observatory', 'Watch', 'League', 'Fund', 'Committee',
];
export const CAUSES_EN = [
  'Human Rights', 'Atrocity Prevention', 'Justice and Accountability', 'Peace and Reconciliation', 'Genocide Prevention',
  'Transitional Justice', 'Refugee Protection', 'Civilian Protection', 'Minority Rights', 'Memory and Truth',
  'International Law', "Women's Rights", 'Child Protection', 'Humanitarian Action', 'Conflict Resolution',
  'Democracy and the Rule of Law', 'Survivors', 'Early Warning', 'Religious Freedom', 'Press Freedom',
];
export const ORGANISATION_NOUNS_FR = ['Collectif', 'Centre', 'Institut', 'Réseau', 'Fondation', 'Alliance', 'Observatoire', 'Ligue', 'Association', 'Comité'];
export const CAUSES_FR = [
  'les droits humains', 'la prévention du génocide', 'la justice et la mémoire', 'la paix', 'la protection des civils',
  'les réfugiés', 'la vérité et la réconciliation', 'le droit international', 'les victimes', 'la dignité humaine',
];
export const ORGANISATION_NOUNS_ES = ['Coalición', 'Centro', 'Instituto', 'Red', 'Fundación', 'Alianza', 'Observatorio', 'Asociación', 'Comité'];
export const CAUSES_ES = [
  'los Derechos Humanos', 'la Memoria', 'la Justicia', 'la Paz', 'la Verdad y la Reconciliación', 'las Víctimas',
  'la Prevención de Atrocidades', 'el Derecho Internacional',
];
export const FOCUS_AREAS = [
  'genocide-prevention', 'accountability', 'early-warning', 'refugees', 'advocacy', 'research', 'litigation',
  'documentation', 'education', 'survivor-support', 'media', 'interfaith-dialogue', 'gender', 'children',
];
export const ORGANISATION_TAGS = ['founding-member', 'steering-group', 'regional-hub', 'newsletter', 'donor', 'media-partner', 'legal-network', 'youth'];
export const CONTACT_TAGS = ['vip', 'press', 'speaker', 'survivor', 'expert', 'board', 'donor', 'volunteer', 'legal', 'academic'];
export const AFFILIATION_TITLES = [
  'Executive Director', 'Programme Officer', 'Advocacy Director', 'Research Fellow', 'Board Member', 'Legal Counsel',
  'Communications Officer', 'Campaign Manager', 'Volunteer Coordinator', 'Founder', 'Policy Analyst', 'Regional Coordinator',
];
export const POSITION_TITLES = [
  'Ambassador', 'Permanent Representative', 'Deputy Permanent Representative', 'Political Coordinator', 'First Secretary',
  'Counsellor', 'Legal Adviser', 'Human Rights Officer', 'Desk Officer', 'Special Adviser', 'Director', 'Head of Unit',
  'Policy Officer', 'Chief of Staff', 'Member of Parliament', 'Minister', 'Deputy Minister', 'Rapporteur', 'Judge',
];
export const DEPARTMENT_NAMES = [
  'Directorate for Africa', 'Directorate for Asia and Oceania', 'Directorate for the Americas', 'Directorate for Europe',
  'Human Rights Department', 'Legal Affairs Department', 'Department for Multilateral Affairs', 'Humanitarian Affairs Unit',
  'Conflict Prevention Unit', 'Policy Planning Staff', 'Committee on Foreign Affairs', 'Subcommittee on Human Rights',
  'Office of the Minister', 'Peacekeeping Division', 'Sanctions Unit', 'International Justice Unit',
];
export const CAMPAIGN_THEMES = [
  'Atrocity prevention at the Security Council', 'Universal ratification of the Genocide Convention', 'Support for the International Criminal Court',
  'Civilian protection mandate renewal', 'Responsibility to Protect focal points', 'Survivor-centred justice', 'Restrain the veto in mass-atrocity situations',
  'Early-warning capacity for regional bodies', 'Accountability for hate speech', 'Protection of displaced communities',
  'Arms embargo enforcement', 'Independent investigative mechanism', 'Memorialisation and education', 'Humanitarian access',
];
export const REGIONS = ['the Great Lakes', 'the Sahel', 'the Horn of Africa', 'Southeast Asia', 'the Western Balkans', 'the Caucasus', 'Central America', 'the Middle East', 'Central Asia', 'West Africa'];
export const ASKS = [
  'Co-sponsor the draft resolution', 'Raise the situation in Council consultations', 'Support an Arria-formula meeting',
  'Ratify the Convention', 'Fund the investigative mechanism', 'Sign the code of conduct on the veto', 'Issue a public statement',
  'Appoint a national focal point', 'Receive a survivors’ delegation', 'Support the budget line for early warning',
];
export const INTERACTION_SUBJECTS = [
  'Follow-up on the joint letter', 'Briefing on the latest situation report', 'Introductory meeting', 'Preparation of the open debate',
  'Consultations ahead of the mandate renewal', 'Side event planning', 'Exchange on early-warning indicators', 'Call with the political coordinator',
  'Hearing on accountability', 'Coffee with the desk officer', 'Presentation of the options paper', 'Debrief after the Council vote',
  'Meeting with the capital’s delegation', 'Survivors’ testimony session', 'Roundtable on the Genocide Convention',
];
export const SUMMARY_OPENINGS = [
  'We presented the latest findings from the field.', 'The meeting focused on the upcoming mandate renewal.',
  'We shared the options paper and walked through the recommendations.', 'The discussion covered the humanitarian access situation.',
  'We raised concerns about recent hate speech incidents.', 'The delegation asked for more detail on early-warning indicators.',
  'A short call to prepare next week’s open debate.', 'We introduced the alliance and its members in the region.',
];
export const SUMMARY_REACTIONS = [
  'They were receptive and asked for a written briefing.', 'They remain cautious but open to further discussion.',
  'They expressed strong support for our asks.', 'They signalled that the capital has not yet taken a position.',
  'They were sceptical about the proposed timeline.', 'They welcomed the survivors’ perspective.',
  'They pointed to competing priorities this month.', 'They offered to share the draft text informally.',
];
export const SUMMARY_NEXT_STEPS = [
  'We agreed to send the briefing note by Friday.', 'Next step: a meeting with the ambassador.', 'We will follow up after the consultations.',
  'They will check with the capital and come back to us.', 'We will invite them to the side event.', 'No follow-up agreed yet.',
];
export const OUTCOMES = ['Positive', 'Mixed', 'No change', 'Agreed to follow up', 'Declined for now', 'Requested more information'];
export const COMMITMENT_DESCRIPTIONS = [
  'Raise the situation at the next Council consultations', 'Co-sign the joint letter', 'Share the draft resolution text',
  'Meet the survivors’ delegation', 'Support an Arria-formula meeting', 'Brief the capital and report back',
  'Speak at the side event', 'Include early-warning language in the national statement', 'Support the budget request',
];
export const TASK_TEMPLATES = [
  'Draft letter to {institution}', 'Follow up with {contact}', 'Prepare briefing note for {institution}', 'Schedule meeting with {contact}',
  'Update stance assessment', 'Circulate the options paper to members', 'Translate the press release', 'Book a room for the side event',
  'Collect member sign-ons', 'Prepare talking points', 'Send thank-you note to {contact}', 'Review the draft resolution',
];
export const TASK_COMMENTS = [
  'Started on this, first draft by tomorrow.', 'Waiting for input from the legal team.', 'Done, see the shared folder.',
  'Can someone review before it goes out?', 'Moved the deadline after the call.', 'Blocked until the capital replies.',
  'Added the latest figures.', 'Thanks, looks good to me.',
];
export const CALENDAR_TITLES = [
  'Security Council open debate on the protection of civilians', 'Human Rights Council session', 'Arria-formula meeting',
  'Mandate renewal vote', 'General Assembly high-level week', 'Regional summit', 'Deadline: joint letter sign-ons',
  'Members’ monthly call', 'Annual remembrance day', 'Presidency of the Security Council begins',
];
export const DOCUMENT_TITLES = [
  'Options paper: strengthening early warning', 'Situation report', 'Joint letter to Council members', 'Briefing note for the open debate',
  'Press release: alliance welcomes the vote', 'Talking points on the Genocide Convention', 'Annual advocacy plan', 'Background note on the mandate',
];
