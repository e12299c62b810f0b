/**
 * The page where a reader adds a name of their own (opened by the context menu's "Add … to
 * Frontera as a name"): what it proposes, what it sends, and what the reader is told after each
 * outcome, in English and Spanish.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../../entrypoints/add-name/App';
import { MAX_NOTE_CHARS } from '../../lib/library/names';
import type { AddNameReply, NameRequest } from '../../lib/messages';
import { setUiLanguage } from '../i18n/catalogue';
import { axeViolations } from '../ui/helpers';

let root: HTMLElement;
afterEach(() => {
  root?.remove();
  setUiLanguage('en');
});

type Send = (request: NameRequest) => Promise<AddNameReply>;

function mount(search: string, send: Send) {
  root = document.createElement('div');
  document.body.append(root);
  render(<App search={search} send={send} />, root);
  return root;
}

const $ = <T extends Element = HTMLElement>(selector: string) => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
};
const field = (id: string) => $<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
const labelOf = (id: string) => $(`label[for="${id}"]`).textContent;

function type(id: string, value: string) {
  const el = field(id);
  // act: Preact renders what the reader typed before the next step, as a browser would.
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(id: string, value: string) {
  const el = $<HTMLSelectElement>(`#${id}`);
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const submit = () => $<HTMLButtonElement>('button[type="submit"]').click();
const alertText = () => root.querySelector('[role="alert"]')?.textContent ?? null;
const added = (id: string, name: string) => vi.fn<Send>(async () => ({ ok: true, id, name }));

describe('adding a name of my own', () => {
  it('proposes the selection as the name and as a spelling, with its accent-less form', () => {
    mount('?text=%20Ovidio%20Guzm%C3%A1n%0A', added('x', 'x'));
    expect(labelOf('an-name')).toBe('Name');
    expect(field('an-name').value).toBe('Ovidio Guzmán');
    expect(labelOf('an-aliases')).toBe('Spellings to highlight');
    expect(field('an-aliases').value).toBe('Ovidio Guzmán\nOvidio Guzman');
    expect(field('an-note').value).toBe('');
    expect($('#an-note-count').textContent).toBe(`0 of ${MAX_NOTE_CHARS} characters`);
  });

  it('the proposed spellings follow a corrected name, until I edit them myself', () => {
    mount('?text=Guzm%C3%A1n%20L%C3%B3pez%20said', added('x', 'x'));
    type('an-name', 'Guzmán López');
    expect(field('an-aliases').value).toBe('Guzmán López\nGuzman Lopez');
    type('an-aliases', 'Guzmán López\nLos Chapitos');
    type('an-name', 'Ovidio Guzmán López');
    expect(field('an-aliases').value).toBe('Guzmán López\nLos Chapitos');
  });

  it('offers every type of name, labelled in words', () => {
    mount('?text=Los%20Chapitos', added('x', 'x'));
    const options = [...root.querySelectorAll('#an-type option')].map((o) => o.textContent);
    expect(options).toContain('Person');
    expect(options).toContain('Criminal group');
    expect(options).toHaveLength(7);
  });

  it('sends the name, its type, the other spellings and the note, then links to its page', async () => {
    const send = added('mine:talvoren-quiscamba', 'Talvoren Quiscamba');
    mount('?text=Talvoren%20Quiscamba', send);
    choose('an-type', 'criminal-group');
    type('an-aliases', 'Talvoren Quiscamba\n\n  El Talvo \nel talvo');
    type('an-note', 'Broker for the Pacific routes.');
    expect($('#an-note-count').textContent).toBe(`30 of ${MAX_NOTE_CHARS} characters`);
    submit();
    await vi.waitFor(() =>
      expect($('[role="status"]').textContent).toBe(
        'Added. Frontera highlights “Talvoren Quiscamba” on pages from now on (reload open pages).',
      ),
    );
    expect(send).toHaveBeenCalledWith({
      name: 'Talvoren Quiscamba',
      type: 'criminal-group',
      aliases: ['El Talvo'],
      note: 'Broker for the Pacific routes.',
    });
    const link = $<HTMLAnchorElement>('a');
    expect(link.textContent).toBe('Everything on Talvoren Quiscamba');
    expect(link.getAttribute('href')).toBe('/reader.html#name=mine%3Atalvoren-quiscamba');
    expect(document.activeElement).toBe($('[role="status"]'));
    expect(await axeViolations(root)).toEqual([]);
  });

  it('"Add another" gives an empty form, the type kept, the cursor in the name', async () => {
    mount('?text=Talvoren%20Quiscamba', added('mine:t', 'Talvoren Quiscamba'));
    choose('an-type', 'place');
    submit();
    const another = await vi.waitFor(() => {
      const b = [...root.querySelectorAll('button')].find(
        (x) => x.textContent === 'Add another name',
      );
      if (!b) throw new Error('no "Add another name" yet');
      return b;
    });
    another.click();
    await vi.waitFor(() => expect(document.activeElement).toBe(field('an-name')));
    expect(field('an-name').value).toBe('');
    expect(field('an-aliases').value).toBe('');
    expect($<HTMLSelectElement>('#an-type').value).toBe('place');
    expect($('[role="status"]').textContent).toBe('');
  });

  it('while the background answers, the button is busy and a second press sends nothing', async () => {
    let answer: (reply: AddNameReply) => void = () => {};
    const send = vi.fn(() => new Promise<AddNameReply>((ok) => (answer = ok)));
    mount('?text=Talvoren%20Quiscamba', send);
    submit();
    const button = $<HTMLButtonElement>('button[type="submit"]');
    await vi.waitFor(() => expect(button.textContent).toBe('Adding…'));
    expect(button.disabled).toBe(true);
    expect($('form').getAttribute('aria-busy')).toBe('true');
    $('form').dispatchEvent(new Event('submit', { cancelable: true }));
    expect(send).toHaveBeenCalledTimes(1);
    answer({ ok: true, id: 'mine:t', name: 'Talvoren Quiscamba' });
    await vi.waitFor(() => expect(root.querySelector('form')).toBeNull());
  });

  it('a clash is told beside the name, and everything typed stays', async () => {
    const send: Send = async () => ({
      ok: false,
      code: 'alias-clash',
      message:
        '“Sheinbaum” already names Claudia Sheinbaum in Frontera. Use a longer or different name.',
    });
    mount('?text=Sheinbaum', send);
    type('an-note', 'The president.');
    submit();
    await vi.waitFor(() =>
      expect(alertText()).toBe(
        'Not added: “Sheinbaum” already names Claudia Sheinbaum in Frontera. Use a longer or different name.',
      ),
    );
    const name = field('an-name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe($('[role="alert"]').id);
    await vi.waitFor(() => expect(document.activeElement).toBe(name));
    expect(name.value).toBe('Sheinbaum');
    expect(field('an-note').value).toBe('The president.');
    expect($<HTMLButtonElement>('button[type="submit"]').disabled).toBe(false);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('an empty name or a spelling too short to find is caught before anything is sent', async () => {
    const send = added('x', 'x');
    mount('', send);
    submit();
    await vi.waitFor(() => expect(alertText()).toBe('Write the name to add.'));
    await vi.waitFor(() => expect(document.activeElement).toBe(field('an-name')));
    type('an-name', 'El Mencho Jr');
    type('an-aliases', 'M.');
    submit();
    await vi.waitFor(() => expect(alertText()).toBe('“M.” is too short to find on a page.'));
    expect(field('an-aliases').getAttribute('aria-invalid')).toBe('true');
    expect(field('an-name').getAttribute('aria-invalid')).toBe('false');
    expect(send).not.toHaveBeenCalled();
  });

  it('a full disk or a background that does not answer is told beside the button', async () => {
    mount('?text=Talvoren', async () => ({ ok: false, code: 'storage-full', message: 'x' }));
    submit();
    await vi.waitFor(() => expect(alertText()).toMatch(/^The browser has no room left/));
    root.remove();
    mount('?text=Talvoren', () => Promise.reject(new Error('Could not establish connection')));
    submit();
    await vi.waitFor(() =>
      expect(alertText()).toBe(
        'Frontera could not add the name: Error: Could not establish connection',
      ),
    );
    expect($('button[type="submit"]').getAttribute('aria-describedby')).toBe(
      $('[role="alert"]').id,
    );
    expect(field('an-name').value).toBe('Talvoren');
  });

  it('speaks Spanish in a Spanish browser', async () => {
    setUiLanguage('es');
    mount('?text=Talvoren%20Quiscamba', added('mine:t', 'Talvoren Quiscamba'));
    expect($('h1').textContent).toBe('Añadir un nombre a Frontera');
    expect(labelOf('an-type')).toBe('Tipo');
    expect($('#an-type option').textContent).toBe('Persona');
    expect($('#an-note-count').textContent).toBe(`0 de ${MAX_NOTE_CHARS} caracteres`);
    submit();
    await vi.waitFor(() => expect($('a').textContent).toBe('Todo sobre Talvoren Quiscamba'));
    expect($('[role="status"]').textContent).toMatch(/^Añadido\. Frontera resalta «Talvoren/);
  });
});
