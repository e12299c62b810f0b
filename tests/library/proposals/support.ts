/** Articles and known names written inline, for the proposals' unit tests. */
import {
  type ArticleCandidate,
  type ArticleInput,
  findCandidates,
  type KnownNames,
  knownNamesFrom,
} from '../../../lib/library/proposals';

/** A few names the knowledge base knows, spelt as its aliases are. */
export const known: KnownNames = knownNamesFrom([
  'Claudia Sheinbaum',
  'Sheinbaum',
  'Sinaloa Cartel',
  'Cártel de Sinaloa',
  'Sinaloa',
  'Omar García Harfuch',
  'García Harfuch',
  'Donald Trump',
  'Trump',
  'fentanyl',
  'Los Chapitos',
  'DEA',
  'Guardia Nacional',
]);

/** An article of one passage per string; `[name]` marks a known mention (brackets removed). */
export function article(...passages: string[]): ArticleInput {
  return {
    language: null,
    passages: passages.map((raw) => {
      const mentions: ArticleInput['passages'][number]['mentions'] = [];
      let text = '';
      for (const part of raw.split(/(\[[^\]]+\])/)) {
        if (part.startsWith('[')) {
          const name = part.slice(1, -1);
          mentions.push({ entityId: 'known', start: text.length, end: text.length + name.length });
          text += name;
        } else text += part;
      }
      return { text, mentions };
    }),
  };
}

export function names(...passages: string[]): string[] {
  return findCandidates(article(...passages), known)
    .map((c) => c.name)
    .sort();
}

export function candidate(name: string, ...passages: string[]): ArticleCandidate | undefined {
  return findCandidates(article(...passages), known).find((c) => c.name === name);
}
