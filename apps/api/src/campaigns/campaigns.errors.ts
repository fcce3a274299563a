import { GraphQLError } from 'graphql';
import { badUserInput, domainError, ErrorCode, forbidden, notFound } from '../core/graphql/errors';

export enum CampaignsErrorCode {
  CAMPAIGN_NOT_FOUND = 'CAMPAIGN_NOT_FOUND',
  TARGET_NOT_FOUND = 'TARGET_NOT_FOUND',
  UNKNOWN_ORGANISATION = 'UNKNOWN_ORGANISATION',
  UNKNOWN_LEAD_ORGANISATION = 'UNKNOWN_LEAD_ORGANISATION',
  NOT_OPEN_TO_MEMBERS = 'NOT_OPEN_TO_MEMBERS',
  NO_ORGANISATION = 'NO_ORGANISATION',
  ALREADY_JOINED = 'ALREADY_JOINED',
  NOT_JOINED = 'NOT_JOINED',
  END_BEFORE_START = 'END_BEFORE_START',
  TARGET_NEEDS_ONE = 'TARGET_NEEDS_ONE',
  UNKNOWN_CONTACT = 'UNKNOWN_CONTACT',
  UNKNOWN_INSTITUTION = 'UNKNOWN_INSTITUTION',
  ALREADY_TARGETED = 'ALREADY_TARGETED',
}

export function campaignsError(code: CampaignsErrorCode): GraphQLError {
  switch (code) {
    case CampaignsErrorCode.CAMPAIGN_NOT_FOUND:
      return notFound('The campaign');
    case CampaignsErrorCode.TARGET_NOT_FOUND:
      return notFound('The target');
    case CampaignsErrorCode.UNKNOWN_ORGANISATION:
      return badUserInput({ field: 'organisationId', message: 'is not an organisation in the directory' });
    case CampaignsErrorCode.UNKNOWN_LEAD_ORGANISATION:
      return badUserInput({ field: 'leadOrganisationId', message: 'is not an organisation in the directory' });
    case CampaignsErrorCode.NOT_OPEN_TO_MEMBERS:
      return forbidden('This campaign is not open to member organisations.');
    case CampaignsErrorCode.NO_ORGANISATION:
      return forbidden('Your account does not represent a member organisation.');
    case CampaignsErrorCode.ALREADY_JOINED:
      return domainError(ErrorCode.CONFLICT, 'This organisation already takes part in the campaign.');
    case CampaignsErrorCode.NOT_JOINED:
      return domainError(ErrorCode.CONFLICT, 'This organisation does not take part in the campaign.');
    case CampaignsErrorCode.END_BEFORE_START:
      return badUserInput({ field: 'endDate', message: 'must not be before the start date' });
    case CampaignsErrorCode.TARGET_NEEDS_ONE:
      return badUserInput({ field: 'contactId', message: 'give either a contact or an institution to target, not both' });
    case CampaignsErrorCode.UNKNOWN_CONTACT:
      return badUserInput({ field: 'contactId', message: 'is not a contact in the directory' });
    case CampaignsErrorCode.UNKNOWN_INSTITUTION:
      return badUserInput({ field: 'institutionId', message: 'is not an institution in the directory' });
    case CampaignsErrorCode.ALREADY_TARGETED:
      return domainError(ErrorCode.CONFLICT, 'The campaign already targets them.');
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped campaigns error ${String(unhandled)}`);
    }
  }
}
