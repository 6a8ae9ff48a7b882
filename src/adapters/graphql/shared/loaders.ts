import DataLoader from 'dataloader';
import { CommentRepository, type Comment } from '../../../domain/comments/index.js';
import { EventRepository, type Event, type TagView } from '../../../domain/events/index.js';
import { PersonRepository, type Person } from '../../../domain/identities/index.js';
import { MediaRepository, type Media } from '../../../domain/media/index.js';
import { CountParticipants, type ParticipantStats } from '../../../domain/participations/index.js';
import { ReportRepository, type ReportNote } from '../../../domain/reports/index.js';

/**
 * The batching loaders of one request: the lists' field resolvers ask one by one, each loader
 * asks the database once per page (no N+1). One loader per relation, so two resolvers asking
 * for the same persons share one query.
 */
export interface Loaders {
  persons: DataLoader<string, Person | null>;
  events: DataLoader<string, Event | null>;
  media: DataLoader<string, Media | null>;
  eventTags: DataLoader<string, TagView[] | null>;
  participantStats: DataLoader<string, ParticipantStats | null>;
  comments: DataLoader<string, Comment | null>;
  commentReplies: DataLoader<string, Comment[] | null>;
  commentReplyCounts: DataLoader<string, number | null>;
  reportNotes: DataLoader<string, ReportNote[] | null>;
}

/** A loader answering each key from the map `batch` returns (null for a key it lacks). */
function byKey<V>(batch: (keys: string[]) => Promise<Map<string, V>>): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (keys) => {
    const values = await batch([...keys]);
    return keys.map((key) => values.get(key) ?? null);
  });
}

function byId<V extends { id: string }>(find: (ids: string[]) => Promise<V[]>): DataLoader<string, V | null> {
  return byKey(async (ids) => new Map((await find(ids)).map((v) => [v.id, v])));
}

/** Builds a fresh set of loaders for each GraphQL request (the context factory calls it). */
export class GraphqlLoaders {
  constructor(
    private readonly persons: PersonRepository,
    private readonly events: EventRepository,
    private readonly media: MediaRepository,
    private readonly comments: CommentRepository,
    private readonly reports: ReportRepository,
    private readonly countParticipants: CountParticipants,
  ) {}

  forRequest(): Loaders {
    return {
      persons: byId((ids) => this.persons.findByIds(ids)),
      events: byId((ids) => this.events.findByIds(ids)),
      media: byId((ids) => this.media.findByIds(ids)),
      eventTags: byKey((ids) => this.events.tagsOf(ids)),
      participantStats: byKey((ids) => this.countParticipants.execute(ids)),
      comments: byId((ids) => this.comments.findByIds(ids)),
      commentReplies: byKey((ids) => this.comments.repliesOf(ids)),
      commentReplyCounts: byKey((ids) => this.comments.countReplies(ids)),
      reportNotes: byKey(async (ids) => {
        const byReport = new Map<string, ReportNote[]>(ids.map((id) => [id, []]));
        for (const note of await this.reports.notesOf(ids)) byReport.get(note.reportId)?.push(note);
        return byReport;
      }),
    };
  }
}
