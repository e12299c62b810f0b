import { useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../lib/corpus/types';
import { t, typeLabel } from '../../lib/i18n';
import { MAX_NAME_CHARS, MAX_NOTE_CHARS } from '../../lib/library/names';
import { type AddNameReply, type NameRequest, toBackground } from '../../lib/messages';
import {
  blankForm,
  type FormProblem,
  hasPrefilledAliases,
  initialForm,
  isProblem,
  type NameForm,
  proposedAliases,
  requestOf,
} from '../../lib/ui/add-name/form';
import { namePath } from '../../lib/ui/links';

export interface AddNameProps {
  /**
   * The page's query string: `?text=<selection>` from the context menu, or a proposed name's
   * `?text=…&aliases=…&type=…` (lib/ui/add-name/form.ts addNamePath).
   */
  search: string;
  /** How to ask the background (tests pass their own). */
  send?: (request: NameRequest) => Promise<AddNameReply>;
}

/** What the reader is told, and where: beside a field, or beside the button. */
type Shown = { field: 'name' | 'aliases' | 'submit'; text: string };

function problemText(p: FormProblem): string {
  return p.problem === 'empty' ? t('addNameEmpty') : t('addNameErrShort', p.text);
}

/** Why the background did not add the name, in the reader's words. */
function refusal(reply: Extract<AddNameReply, { ok: false }>): Shown {
  if (reply.code === 'alias-clash' || reply.code === 'invalid-name') {
    return { field: 'name', text: t('addNameRefused', reply.message) };
  }
  if (reply.code === 'storage-full') return { field: 'submit', text: t('saveErrFull') };
  return { field: 'submit', text: t('addNameFailed', reply.message) };
}

const askBackground = (request: NameRequest) =>
  toBackground.sendMessage('library:add-name', request);

/**
 * "Add a name to Frontera": the selection the reader chose from the context menu, its type, the
 * spellings to highlight and a note of their own. A refusal is shown beside the field it is about
 * and keeps everything typed; once added, a link to the name's page and "Add another".
 */
export default function App({ search, send = askBackground }: AddNameProps) {
  const [form, setForm] = useState<NameForm>(() => initialForm(search));
  const [sending, setSending] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  // Until the reader edits the spellings, they follow the name (a corrected selection).
  // A proposed name's spellings came with the address: they are the reader's to edit, not redone.
  const [ownAliases, setOwnAliases] = useState(() => hasPrefilledAliases(search));
  const nameField = useRef<HTMLInputElement>(null);
  const aliasesField = useRef<HTMLTextAreaElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const edit = (patch: Partial<NameForm>) => setForm((f) => ({ ...f, ...patch }));
  const focusOn = (field: Shown['field']) => {
    // After the alert is rendered, so the field's description already holds it.
    setTimeout(() => (field === 'aliases' ? aliasesField : nameField).current?.focus());
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const request = requestOf(form);
    if (isProblem(request)) {
      setShown({ field: request.field, text: problemText(request) });
      focusOn(request.field);
      return;
    }
    setShown(null);
    setSending(true);
    const reply = await send(request).catch(
      (err: unknown): AddNameReply => ({ ok: false, code: 'failed', message: String(err) }),
    );
    setSending(false);
    if (reply.ok) {
      setAdded({ id: reply.id, name: reply.name });
      setTimeout(() => status.current?.focus());
    } else {
      const why = refusal(reply);
      setShown(why);
      if (why.field !== 'submit') focusOn(why.field);
    }
  };

  const another = () => {
    setForm(blankForm(form.type));
    setOwnAliases(false);
    setAdded(null);
    setShown(null);
    focusOn('name');
  };

  const alertFor = (field: Shown['field']) =>
    shown?.field === field ? (
      <p id={`an-${field}-error`} class="fr-error" role="alert">
        {shown.text}
      </p>
    ) : null;
  const describedBy = (field: Shown['field'], ...ids: string[]) =>
    [...ids, ...(shown?.field === field ? [`an-${field}-error`] : [])].join(' ') || undefined;

  return (
    <div class="fr-add-name">
      <h1>{t('addNameTitle')}</h1>
      <p class="fr-muted">{t('addNameIntro')}</p>
      <p ref={status} class="fr-add-name-status" role="status" tabIndex={-1}>
        {added ? t('addNameDone', added.name) : ''}
      </p>
      {added ? (
        <div class="fr-add-name-done">
          <a href={namePath(added.id)}>{t('addNameSeePage', added.name)}</a>
          <button type="button" class="fr-button" onClick={another}>
            {t('addNameAnother')}
          </button>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-busy={sending}>
          <div class="fr-an-field">
            <label for="an-name">{t('addNameName')}</label>
            <input
              id="an-name"
              ref={nameField}
              type="text"
              autocomplete="off"
              spellcheck={false}
              required
              maxLength={MAX_NAME_CHARS}
              value={form.name}
              aria-invalid={shown?.field === 'name'}
              aria-describedby={describedBy('name')}
              onInput={(e) => {
                const name = e.currentTarget.value;
                edit(ownAliases ? { name } : { name, aliases: proposedAliases(name) });
              }}
            />
            {alertFor('name')}
          </div>
          <div class="fr-an-field">
            <label for="an-type">{t('addNameType')}</label>
            <select
              id="an-type"
              value={form.type}
              onChange={(e) => edit({ type: e.currentTarget.value as EntityType })}
            >
              {ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {typeLabel(type)}
                </option>
              ))}
            </select>
          </div>
          <div class="fr-an-field">
            <label for="an-aliases">{t('addNameAliases')}</label>
            <textarea
              id="an-aliases"
              ref={aliasesField}
              rows={3}
              spellcheck={false}
              value={form.aliases}
              aria-invalid={shown?.field === 'aliases'}
              aria-describedby={describedBy('aliases', 'an-aliases-hint')}
              onInput={(e) => {
                setOwnAliases(true);
                edit({ aliases: e.currentTarget.value });
              }}
            />
            <p id="an-aliases-hint" class="fr-an-hint">
              {t('addNameAliasesHint')}
            </p>
            {alertFor('aliases')}
          </div>
          <div class="fr-an-field">
            <label for="an-note">{t('addNameNote')}</label>
            <textarea
              id="an-note"
              rows={4}
              maxLength={MAX_NOTE_CHARS}
              value={form.note}
              aria-describedby="an-note-hint an-note-count"
              onInput={(e) => edit({ note: e.currentTarget.value })}
            />
            <p id="an-note-hint" class="fr-an-hint">
              {t('addNameNoteHint')}
            </p>
            <p id="an-note-count" class="fr-an-hint">
              {t('addNameNoteCount', [form.note.length, MAX_NOTE_CHARS])}
            </p>
          </div>
          <div class="fr-an-actions">
            <button
              type="submit"
              class="fr-button primary"
              disabled={sending}
              aria-describedby={describedBy('submit')}
            >
              {sending ? t('addNameSending') : t('addNameSubmit')}
            </button>
            {alertFor('submit')}
          </div>
        </form>
      )}
    </div>
  );
}
