/**
 * Finding a saved article's proposed names in the background: from its passages and their known
 * mentions, against every alias Frontera knows now; a failing finder costs the article its
 * proposals, never its save.
 */
import { describe, expect, it, vi } from 'vitest';
import { candidatesFinder } from '../../lib/background/library-service';
import { knownNamesFrom } from '../../lib/library/proposals';
import type { LibraryPassage } from '../../lib/library/types';

const passage = (text: string): LibraryPassage => ({
  id: 'a#1',
  articleId: 'a',
  position: 1,
  headingPath: [],
  text,
  entityIds: [],
  mentions: [],
});

const TEXT =
  'Officials said on Monday that Ulises Bastidas Orozco met Claudia Sheinbaum in Culiacán.';

describe('the proposed names of a saved article', () => {
  it('are the names its passages name that Frontera does not know', () => {
    const find = candidatesFinder({ knownNames: () => knownNamesFrom(['Claudia Sheinbaum']) });
    const names = find('en', [passage(TEXT)]).map((c) => c.name);
    expect(names).toContain('Ulises Bastidas Orozco');
    expect(names).not.toContain('Claudia Sheinbaum');
  });

  it('are none, with a warning, when the finder fails', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const find = candidatesFinder({
      knownNames: () => {
        throw new Error('broken');
      },
    });
    expect(find('en', [passage(TEXT)])).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
