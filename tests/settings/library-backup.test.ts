/**
 * The reminder to export the library: first once the reader has saved 20 articles of their own,
 * then a month after the last export or the last "Not now". Its dates are kept in this profile's
 * local storage; anything malformed there reads as "never".
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  exportReminderDue,
  libraryBackupItem,
  loadBackupState,
  saveBackupState,
} from '../../lib/settings/library-backup';

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

describe('exportReminderDue', () => {
  it.each([
    ['19 articles, never exported', 19, null, null, false],
    ['20 articles, never exported', 20, null, null, true],
    ['20 articles, exported 29 days ago', 20, daysAgo(29), null, false],
    ['20 articles, exported 30 days ago', 20, daysAgo(30), null, true],
    ['never exported, dismissed yesterday', 40, null, daysAgo(1), false],
    ['never exported, dismissed 31 days ago', 40, null, daysAgo(31), true],
    ['exported 60 days ago, dismissed 10 days ago', 40, daysAgo(60), daysAgo(10), false],
    ['exported yesterday after a dismissal long ago', 40, daysAgo(1), daysAgo(90), false],
    ['a date that does not parse counts as never', 20, 'soon', null, true],
  ])('%s → %s', (_what, articles, lastExportAt, reminderDismissedAt, due) => {
    expect(exportReminderDue({ lastExportAt, reminderDismissedAt }, articles as number, NOW)).toBe(
      due,
    );
  });
});

describe('the stored state', () => {
  it('is "never" at first, remembers what is saved, and reads a malformed value as never', async () => {
    fakeBrowser.reset();
    expect(await loadBackupState()).toEqual({ lastExportAt: null, reminderDismissedAt: null });
    await saveBackupState({ lastExportAt: daysAgo(3) });
    await saveBackupState({ reminderDismissedAt: daysAgo(1) });
    expect(await loadBackupState()).toEqual({
      lastExportAt: daysAgo(3),
      reminderDismissedAt: daysAgo(1),
    });
    await libraryBackupItem.setValue({ lastExportAt: 42, reminderDismissedAt: 'x' } as never);
    expect(await loadBackupState()).toEqual({ lastExportAt: null, reminderDismissedAt: null });
  });
});
