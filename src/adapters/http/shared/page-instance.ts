import type { InstanceInfo } from '../../calendar/calendar-event.js';

/** The instance as pages and feeds name it (Nest token for the controllers). */
export class PageInstance implements InstanceInfo {
  constructor(
    readonly name: string,
    readonly baseUrl: string,
  ) {}
}
