import { defineJob } from '../queue/job-definition';
import { OutgoingMail } from './outgoing-mail';

export const SEND_MAIL = defineJob<OutgoingMail>('mail.send');
