/**
 * The options form is drawn from the settings table: every choice a row allows is a radio, the
 * slider has the row's range, and a change is saved at once.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '../../entrypoints/options/App';
import { loadSettings, SETTINGS_TABLE } from '../../lib/settings';
import { installFakeApis } from '../messages/fake-apis';

let root: HTMLElement;
beforeEach(async () => {
  fakeBrowser.reset();
  installFakeApis();
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<App />, root);
  });
  await vi.waitFor(() => expect(root.querySelector('.fr-loading')).toBeNull());
});

const choices = Object.entries(SETTINGS_TABLE).flatMap(([name, spec]) =>
  spec.kind === 'choice' ? [[name, spec.options.map(([v]) => v), spec.default] as const] : [],
);

describe('the options form', () => {
  it.each(choices)('%s: one radio per allowed value, the default checked', (name, values, d) => {
    const radios = [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
    expect(radios.map((r) => r.value)).toEqual(values);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual([d]);
  });

  it('the hover delay slider has the range the table allows', () => {
    const slider = root.querySelector<HTMLInputElement>('#hover-delay');
    const row = SETTINGS_TABLE.hoverDelayMs;
    expect([slider?.min, slider?.max, slider?.step, slider?.value]).toEqual(
      [row.min, row.max, row.step, row.default].map(String),
    );
    expect(root.querySelector('#hover-delay-value')?.textContent).toContain(String(row.default));
  });

  it('one checkbox per entity type, all on by default', () => {
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="entityTypes"]')];
    expect(boxes.map((b) => b.value)).toEqual(SETTINGS_TABLE.entityTypes.options.map(([v]) => v));
    expect(boxes.every((b) => b.checked)).toBe(true);
  });

  it.each([
    ['a choice', 'input[name="theme"][value="dark"]', { theme: 'dark' }],
    ['a flag', 'input[name="accessibleMode"]', { accessibleMode: true }],
    [
      'a subset',
      'input[name="entityTypes"][value="topic"]',
      {
        entityTypes: SETTINGS_TABLE.entityTypes.options
          .map(([v]) => v)
          .filter((v) => v !== 'topic'),
      },
    ],
  ])('%s is saved at once', async (_kind, selector, saved) => {
    await act(async () => {
      root.querySelector<HTMLInputElement>(selector)?.click();
    });
    await vi.waitFor(async () => expect(await loadSettings()).toMatchObject(saved));
  });
});
