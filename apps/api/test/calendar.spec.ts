import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

describe('Diplomatic calendar', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    advocate = await testApp.signedIn(Role.ADVOCATE);
  });

  afterAll(() => testApp.close());

  it('should list events in a date range and export them as iCalendar', async () => {
    await advocate.ok('mutation { createCalendarEvent(input: { title: "Security Council briefing on Sudan", kind: COUNCIL_MEETING, startsAt: "2026-12-03T15:00:00Z", endsAt: "2026-12-03T17:00:00Z", location: "New York" }) { id } }');
    await advocate.ok('mutation { createCalendarEvent(input: { title: "Human Rights Council 61st session", kind: SESSION, startsAt: "2027-02-23T00:00:00Z", allDay: true }) { id } }');
    const { calendarEvents } = await advocate.ok<{ calendarEvents: { title: string }[] }>('{ calendarEvents(from: "2026-12-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { title } }');
    expect(calendarEvents.map((event) => event.title)).toEqual(['Security Council briefing on Sudan']);
    const ics = await advocate.agent.get('/api/calendar.ics').query({ from: '2026-12-01T00:00:00Z', to: '2027-03-01T00:00:00Z' });
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.text).toContain('SUMMARY:Security Council briefing on Sudan');
  });

  it('should refuse an endless range and an event ending before it starts, naming the field', async () => {
    const range = await advocate.query('{ calendarEvents(from: "2020-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z") { id } }');
    expect(range.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const backwards = await advocate.query('mutation { createCalendarEvent(input: { title: "X", startsAt: "2026-12-03T15:00:00Z", endsAt: "2026-12-03T14:00:00Z" }) { id } }');
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
  });
});
