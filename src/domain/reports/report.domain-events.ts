/** What a report records; names are job names. */
export type ReportDomainEvent = { name: 'report.created'; payload: { reportId: string } };
