/**
 * Moving the library through a file, as the options page does it: export, then a preview of the
 * import that writes nothing, then one transaction. A file Frontera will not import, or an import
 * that fails halfway, leaves the library exactly as it was.
 */
import { describe, expect, it, vi } from 'vitest';
import { deleteArticle } from '../../lib/library/articles';
import { addName, removeName } from '../../lib/library/names';
import { PACK_MAX_BYTES } from '../../lib/library/pack';
import { readAll } from '../../lib/library/records';
import {
  commitImport,
  exportFileName,
  exportLibrary,
  previewImport,
  readPackFile,
} from '../../lib/library/transfer';
import { LibraryError } from '../../lib/library/types';
import {
  BUNDLED,
  freshLibrary,
  NOW,
  packOf,
  sampleLibrary,
  saveStory,
} from '../options/library-support';

const importFile = async (db: ReturnType<typeof freshLibrary>, file: string) =>
  commitImport(db, await previewImport(db, file, BUNDLED), NOW);

describe('export', () => {
  it('names the file by the day it was made', () => {
    expect(exportFileName(new Date(2025, 2, 5, 23, 59))).toBe(
      'frontera-library-2025-03-05.frontera.json',
    );
  });

  it('into an empty profile, gives back the same library, and exports again to the same bytes', async () => {
    const mine = await sampleLibrary();
    const file = await exportLibrary(mine, NOW);
    expect(file.fileName).toBe('frontera-library-2025-03-05.frontera.json');
    expect(file.skipped).toEqual([]);

    const other = freshLibrary();
    await importFile(other, file.text);
    expect((await readAll(other)).contents).toEqual((await readAll(mine)).contents);
    expect((await exportLibrary(other, NOW)).text).toBe(file.text);
  });

  it('leaves out a record that does not parse, and says which', async () => {
    const mine = await sampleLibrary();
    await mine.articles.put({ id: 'broken' } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const file = await exportLibrary(mine, NOW);
    warn.mockRestore();
    expect(file.skipped).toEqual([expect.objectContaining({ table: 'articles', key: 'broken' })]);
    expect(JSON.parse(file.text).articles).toHaveLength(1);
  });
});

describe('the import preview', () => {
  it('lists the documents and names to add, keeps my own copy, and writes nothing', async () => {
    const source = await sampleLibrary();
    await saveStory(source, 'https://ledger.example/second', 'A second story');
    const file = await packOf(source);

    const db = freshLibrary();
    await saveStory(db, 'https://ledger.example/vetting', 'My own copy');
    const before = await readAll(db);
    const preview = await previewImport(db, file, BUNDLED);

    expect(preview.plan.addArticles.map((a) => a.title)).toEqual(['A second story']);
    // The reader saved that address too: the reader's copy stays, the file's is left out.
    expect(preview.plan.updateArticles).toEqual([]);
    expect(preview.plan.keptArticles.map((a) => [a.title, a.owner])).toEqual([
      ['Officer vetting, explained', null],
    ]);
    expect(preview.pack.articles.map((a) => a.title)).toEqual(['A second story']);
    expect(preview.plan.addNames.map((n) => n.name)).toEqual(['Los Chapitos']);
    expect(preview.plan.updateNames).toEqual([]);
    expect(preview.plan.alreadyImported).toBe(false);
    expect(preview.clashes).toEqual([]);
    expect(await readAll(db)).toEqual(before);
  });

  it('says when a pack was imported before, and importing it again replaces it whole', async () => {
    const source = await sampleLibrary();
    await saveStory(source, 'https://ledger.example/second', 'A second story');
    const db = freshLibrary();
    await importFile(db, await packOf(source));
    expect((await readAll(db)).contents.articles).toHaveLength(2);

    await source.articles.delete('https://ledger.example/second');
    const again = await previewImport(db, await packOf(source), BUNDLED);
    expect(again.plan.alreadyImported).toBe(true);
    expect(again.plan.updateNames.map((n) => n.name)).toEqual(['Los Chapitos']);
    await commitImport(db, again, NOW);
    const { contents } = await readAll(db);
    expect(contents.articles.map((a) => a.title)).toEqual(['Officer vetting, explained']);
    expect(contents.packs).toEqual([
      expect.objectContaining({ id: 'newsroom', articleCount: 1, nameCount: 1, enabled: true }),
    ]);
  });

  it('settles clashes: a taken alias is left out, a name whose name is taken is not imported', async () => {
    const source = await sampleLibrary();
    await addName(source, { name: 'Ismael Zambada', type: 'person', aliases: ['CDS'] }, []);
    await addName(source, { name: 'Sinaloa Cartel', type: 'criminal-group' }, []);
    const db = freshLibrary();
    await addName(db, { name: 'Chapitos', type: 'criminal-group' }, []);

    const preview = await previewImport(db, await packOf(source), BUNDLED);
    expect(preview.clashes.map((c) => [c.alias, c.name, c.withName, c.bundled, c.outcome])).toEqual(
      [
        ['CDS', 'Ismael Zambada', 'Sinaloa Cartel', true, 'alias-left-out'],
        ['Chapitos', 'Los Chapitos', 'Chapitos', false, 'alias-left-out'],
        ['Sinaloa Cartel', 'Sinaloa Cartel', 'Sinaloa Cartel', true, 'name-refused'],
      ],
    );
    expect(preview.plan.addNames.map((n) => [n.name, n.aliases.map((a) => a.text)])).toEqual([
      ['Ismael Zambada', []],
      ['Los Chapitos', []],
    ]);

    await commitImport(db, preview, NOW);
    const names = (await readAll(db)).contents.names.map((n) => n.name).sort();
    expect(names).toEqual(['Chapitos', 'Ismael Zambada', 'Los Chapitos']);
    expect((await readAll(db)).contents.packs[0]?.nameCount).toBe(2);
  });
});

describe('an import that does not happen leaves the library as it was', () => {
  it('fails halfway (the disk is full): nothing of it is written', async () => {
    const db = await sampleLibrary();
    const before = await readAll(db);
    const source = freshLibrary();
    await saveStory(source, 'https://ledger.example/other', 'Another story');
    await addName(source, { name: 'El Mayo', type: 'person' }, []);
    const preview = await previewImport(db, await packOf(source), BUNDLED);

    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = vi.spyOn(db.names, 'bulkPut').mockRejectedValueOnce(full);
    const importing = commitImport(db, preview, NOW);
    await expect(importing).rejects.toBeInstanceOf(LibraryError);
    await expect(importing).rejects.toMatchObject({ code: 'storage-full' });
    put.mockRestore();
    expect(await readAll(db)).toEqual(before);
  });

  it.each([
    ['a foreign file', JSON.stringify({ name: 'my-app', version: '1.0.0' }), 'invalid-pack'],
    ['a file that is not JSON', 'Sheinbaum, Claudia; Ebrard, Marcelo\n', 'invalid-pack'],
    [
      'a pack of a newer format version',
      JSON.stringify({ format: 'frontera-pack', version: 3, shape: 'different' }),
      'pack-too-new',
    ],
    [
      'a pack with a malformed record',
      JSON.stringify({
        format: 'frontera-pack',
        version: 1,
        kind: 'pack',
        id: 'x',
        title: 'X',
        description: null,
        createdAt: 'now',
        generator: 'hand',
        articles: [{ id: 'a' }],
        names: [],
        packs: [],
      }),
      'invalid-pack',
    ],
  ])('%s is refused with its reason', async (_what, file, code) => {
    const db = await sampleLibrary();
    const before = await readAll(db);
    await expect(previewImport(db, file, BUNDLED)).rejects.toMatchObject({ code });
    expect(await readAll(db)).toEqual(before);
  });

  it('a file over the size limit is refused by its size, without reading it', async () => {
    const arrayBuffer = vi.fn();
    const huge = { size: PACK_MAX_BYTES + 1, arrayBuffer } as unknown as Blob;
    await expect(readPackFile(huge)).rejects.toMatchObject({ code: 'pack-too-large' });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});

describe('a pack’s counts follow what it holds', () => {
  it('removing one of its articles or names counts it out of the pack', async () => {
    const source = await sampleLibrary();
    await saveStory(source, 'https://ledger.example/second', 'A second story');
    const db = freshLibrary();
    await importFile(db, await packOf(source));
    const pack = async () => (await readAll(db)).contents.packs[0];
    expect(await pack()).toMatchObject({ articleCount: 2, nameCount: 1 });

    await deleteArticle(db, 'https://ledger.example/second');
    expect(await pack()).toMatchObject({ articleCount: 1, nameCount: 1 });
    await removeName(db, (await readAll(db)).contents.names[0]?.id ?? '');
    expect(await pack()).toMatchObject({ articleCount: 1, nameCount: 0 });
  });

  it('removing the reader’s own article leaves every pack’s count alone', async () => {
    const db = freshLibrary();
    await importFile(db, await packOf(await sampleLibrary()));
    await saveStory(db, 'https://ledger.example/mine', 'Mine');
    await deleteArticle(db, 'https://ledger.example/mine');
    expect((await readAll(db)).contents.packs[0]).toMatchObject({ articleCount: 1 });
  });
});
