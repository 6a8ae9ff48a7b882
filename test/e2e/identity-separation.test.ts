// Nothing public links two identities of one account (issue 12.5): a picture shows under one
// identity only.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { gqlMultipart, jpeg, uploadImage } from '../support/uploads.js';

const SET_AVATAR = `mutation($id: ID!, $mediaId: ID!) { updatePerson(id: $id, avatar: { mediaId: $mediaId }) { id avatar { id url } } }`;
const CREATE_EVENT = `mutation($a: ID!, $b: DateTime!, $mediaId: ID!) {
  createEvent(organizerActorId: $a, title: "Picnic", description: "", beginsOn: $b, picture: { mediaId: $mediaId }) { uuid picture { id url } }
}`;
const PUBLIC_PERSON = `query($name: String!) { fetchPerson(preferredUsername: $name) { id avatar { id url name } } }`;

describe('identities of one account stay apart', () => {
  let app: TestApp;
  let account: ConfirmedAccount;
  /** Someone else, looking at the two public profiles. */
  let stranger: ConfirmedAccount;
  const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

  beforeAll(async () => {
    app = await startTestApp();
    account = await createConfirmedAccount(app, { identities: [{}, {}] });
    stranger = await createConfirmedAccount(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('never shows one uploaded file under two identities', async () => {
    const [first, second] = account.persons;
    const upload = await uploadImage(app, account.client, await jpeg());
    expect(upload.errors).toBeUndefined();
    const mediaId = upload.data.uploadMedia.id;

    const mine = await account.client.gql(SET_AVATAR, { id: first.id, mediaId });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.updatePerson.avatar.id).toBe(mediaId);

    const refusal = {
      code: 'validation',
      status_code: 422,
      message: 'This picture is shown by another of your identities: upload it again for this one',
    };
    const other = await account.client.gql(SET_AVATAR, { id: second.id, mediaId });
    expect(other.errors).toMatchObject([{ ...refusal, field: 'avatar' }]);
    const created = await account.client.gql(
      `mutation($m: ID!) { createPerson(preferredUsername: "third_${Date.now()}", avatar: { mediaId: $m }) { id } }`,
      {
        m: mediaId,
      },
    );
    expect(created.errors).toMatchObject([{ ...refusal, field: 'avatar' }]);
    const event = await account.client.gql(CREATE_EVENT, { a: second.id, b: inAWeek(), mediaId });
    expect(event.errors).toMatchObject([{ ...refusal, field: 'picture' }]);
    // The identity holding it may use it again, for its own events.
    const own = await account.client.gql(CREATE_EVENT, { a: first.id, b: inAWeek(), mediaId });
    expect(own.errors).toBeUndefined();
    expect(own.data.createEvent.picture.id).toBe(mediaId);

    // Uploading the same bytes again for the second identity makes another media.
    const again = await gqlMultipart(
      app,
      account.client,
      `mutation($id: ID!, $file: Upload!) { updatePerson(id: $id, avatar: { media: { name: "me", file: $file } }) { avatar { id url } } }`,
      { id: second.id, file: 'avatar' },
      { avatar: { bytes: await jpeg(), filename: 'me.jpg', contentType: 'image/jpeg' } },
    );
    expect(again.errors).toBeUndefined();
    const [a, b] = await Promise.all(
      [first, second].map(async (p) => (await stranger.client.gql(PUBLIC_PERSON, { name: p.preferredUsername })).data.fetchPerson.avatar),
    );
    expect(b.id).not.toBe(a.id);
    expect(b.url).not.toBe(a.url);
  });

  it('never shows the name of the file a picture was uploaded from', async () => {
    const [first] = account.persons;
    const res = await gqlMultipart(
      app,
      account.client,
      `mutation($id: ID!, $file: Upload!) { updatePerson(id: $id, avatar: { media: { name: "jane-doe-passport.jpg", file: $file } }) { avatar { name url } } }`,
      { id: first.id, file: 'avatar' },
      { avatar: { bytes: await jpeg(), filename: 'jane-doe-passport.jpg', contentType: 'image/jpeg' } },
    );
    expect(res.errors).toBeUndefined();
    const seen = await stranger.client.gql(PUBLIC_PERSON, { name: first.preferredUsername });
    const { name, url } = seen.data.fetchPerson.avatar;
    expect(name).not.toContain('jane');
    // Named by its stored file, which its public URL shows anyway.
    expect(url.endsWith(`/${name}`)).toBe(true);
    expect(res.data.updatePerson.avatar.name).toBe(name);
  });

  it('keeps a media uploaded as one identity for it', async () => {
    const [first, second] = account.persons;
    const upload = await uploadImage(app, account.client, await jpeg(), { actorId: second.id });
    expect(upload.errors).toBeUndefined();
    const res = await account.client.gql(SET_AVATAR, { id: first.id, mediaId: upload.data.uploadMedia.id });
    expect(res.errors).toMatchObject([{ field: 'avatar', status_code: 422 }]);
    const ok = await account.client.gql(SET_AVATAR, { id: second.id, mediaId: upload.data.uploadMedia.id });
    expect(ok.errors).toBeUndefined();
  });

  it('gives identities random ids, which tell neither their order nor their number (ADR 0013)', async () => {
    const three = await createConfirmedAccount(app, { identities: [{}, {}, {}] });
    const ids = [...three.persons, ...stranger.persons].map((p) => BigInt(p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id >= 2n ** 40n && id < 2n ** 53n).toBe(true);
      expect(String(Number(id))).toBe(String(id)); // exact as a JS number
    }
    // No two identities made one after the other are neighbours, as sequence values were.
    const gaps = ids.slice(1).map((id, i) => (id > ids[i] ? id - ids[i] : ids[i] - id));
    for (const gap of gaps) expect(gap > 1000n).toBe(true);
    // The account still lists them in creation order, the first acting by default.
    const listed = await three.client.gql(`{ identities { id } loggedPerson { id } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.identities.map((p: { id: string }) => p.id)).toEqual(three.persons.map((p) => p.id));
    expect(listed.data.loggedPerson.id).toBe(three.persons[0].id);
  });
});
