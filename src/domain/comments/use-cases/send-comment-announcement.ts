import type { EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { deliverOnce, eventData, summaryOf, uniqueByEmail, type EventAudience, type SentNotifications } from '../../notifications/index.js';
import type { Clock, Mailer } from '../../shared/index.js';
import { plainText } from '../comment.js';
import type { CommentRepository } from '../ports/comment.repository.js';

/**
 * Handler of `comment.announced`: the organizer's announcement is emailed to each participant
 * once. Reloaded first: an announcement deleted in the meantime is not sent.
 */
export class SendCommentAnnouncement {
  constructor(
    private readonly comments: CommentRepository,
    private readonly events: EventRepository,
    private readonly persons: PersonRepository,
    private readonly audience: EventAudience,
    private readonly sent: SentNotifications,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async execute(payload: { commentId: string }): Promise<number> {
    const comment = await this.comments.findById(payload.commentId);
    if (!comment || comment.isDeleted || !comment.isAnnouncement) return 0;
    const event = await this.events.findById(comment.eventId);
    if (!event || event.isDraft) return 0;
    const recipients = uniqueByEmail(await this.audience.participantsOf(event.id));
    if (recipients.length === 0) return 0;
    const author = await this.persons.findById(comment.actorId);
    const organizerName = author ? author.snapshot().name || author.preferredUsername : '';
    const message = plainText(comment.text);
    const summary = summaryOf(event);
    return deliverOnce(
      recipients.map((r) => ({
        key: `comment-announced:${comment.id}:${r.email.toLowerCase()}`,
        email: {
          template: 'event-announcement' as const,
          to: r.email,
          locale: r.locale,
          data: { ...eventData(summary, r), organizerName, message },
        },
      })),
      this.sent,
      this.mailer,
      this.clock.now(),
    );
  }
}
