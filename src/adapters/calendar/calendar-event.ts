// What the ICS, Atom and HTML renderers need of an event: a flat view loaded beforehand, so the
// renderers stay pure functions of it.
export interface CalendarEvent {
  uuid: string;
  /** `BASE_URL/events/<uuid>` */
  url: string;
  title: string;
  /** Already sanitized HTML (sanitized when the event was written). */
  descriptionHtml: string;
  beginsOn: Date;
  endsOn: Date | null;
  /** IANA time zone of the event (e.g. 'Europe/Paris'); null = UTC. */
  timezone: string | null;
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  /** Incremented on each update (RFC 5545 SEQUENCE). */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
  organizer: { name: string; preferredUsername: string; url: string };
  address: {
    description: string | null;
    street: string | null;
    locality: string | null;
    postalCode: string | null;
    region: string | null;
    country: string | null;
    geom: { lon: number; lat: number } | null;
  } | null;
  onlineAddress: string | null;
  pictureUrl: string | null;
  tags: string[];
  category: string | null;
  /** BCP 47 tag or 'und'. */
  language: string | null;
  /** Whether the event is visible to anyone (PUBLIC); UNLISTED and PRIVATE pages get noindex. */
  isPublic: boolean;
}

export interface InstanceInfo {
  name: string;
  baseUrl: string;
}
