import { Mailer, type Email } from '../../src/domain/shared/index.js';

export class RecordingMailer extends Mailer {
  readonly sent: Email[] = [];

  async send(email: Email): Promise<void> {
    this.sent.push(email);
  }
}
