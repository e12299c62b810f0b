/**
 * What the add-name page gets from the background, over the real store (Dexie on
 * fake-indexeddb) and the real match service: a name added is matched on the very next page,
 * and a refusal names the clash in the reader's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { dexieStore } from '../../lib/background/dexie-store';
import { createLibraryService, libraryHandlers } from '../../lib/background/library-service';
import { createMatchService, matchHandlers } from '../../lib/background/match-service';
import type { ScanData } from '../../lib/corpus/types';
import { openLibrary } from '../../lib/library/db';
import { setUiLanguage } from '../i18n/catalogue';

const scan = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/data/scan.json'), 'utf8'),
) as ScanData;

/** Wired as entrypoints/background does. */
function background() {
  const db = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
  const matches = createMatchService(scan);
  const nameOf = (id: string) => matches.scan().entities.find((e) => e.id === id)?.name ?? id;
  const library = createLibraryService({
    store: dexieStore(db, nameOf),
    matches,
    articleOf: async () => null,
  });
  return {
    addName: libraryHandlers(library)['library:add-name'],
    match: matchHandlers(matches, library.ready)['content:match'],
  };
}

const PAGE = 'Talvoren Quiscamba met cartel envoys, officials said.';
const entityIds = async (bg: ReturnType<typeof background>, text: string) =>
  (await bg.match({ texts: [text], contextEntities: [] }, {})).mentions[0]?.map((m) => m.entityId);

afterEach(() => setUiLanguage('en'));

describe('the background behind the add-name page', () => {
  it('matches a name on the next page as soon as it has answered that it was added', async () => {
    const bg = background();
    expect(await entityIds(bg, PAGE)).not.toContain('mine:talvoren-quiscamba');
    const reply = await bg.addName(
      { name: 'Talvoren Quiscamba', type: 'person', aliases: [], note: 'Broker.' },
      {},
    );
    expect(reply).toEqual({ ok: true, id: 'mine:talvoren-quiscamba', name: 'Talvoren Quiscamba' });
    expect(await entityIds(bg, PAGE)).toContain('mine:talvoren-quiscamba');
  });

  it('refuses a bundled name, saying whose it is', async () => {
    const bg = background();
    expect(
      await bg.addName({ name: 'Sheinbaum', type: 'person', aliases: [], note: null }, {}),
    ).toEqual({
      ok: false,
      code: 'alias-clash',
      message:
        '“Sheinbaum” already names Claudia Sheinbaum in Frontera. Use a longer or different name.',
    });
  });

  it('says so in Spanish in a Spanish browser, for bundled names and the reader’s own', async () => {
    setUiLanguage('es');
    const bg = background();
    expect(
      await bg.addName({ name: 'Sheinbaum', type: 'person', aliases: [], note: null }, {}),
    ).toMatchObject({
      message:
        '«Sheinbaum» ya es un nombre de Claudia Sheinbaum en Frontera. Usa un nombre más largo o distinto.',
    });
    await bg.addName({ name: 'El Talvo', type: 'person', aliases: [], note: null }, {});
    expect(
      await bg.addName(
        { name: 'Talvoren Quiscamba', type: 'person', aliases: ['el talvo'], note: null },
        {},
      ),
    ).toMatchObject({
      code: 'alias-clash',
      message:
        '«el talvo» ya es un nombre de El Talvo en Frontera. Usa un nombre más largo o distinto.',
    });
  });
});
