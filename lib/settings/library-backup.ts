/**
 * When the reader last exported the library, and last dismissed the reminder to export it
 * (options → Your library), and when that reminder is due. In `local:`, not `sync:` like the settings: the library lives in this profile's
 * IndexedDB only, so whether it has a copy is this profile's fact, not one to share across devices.
 * Uninstalling the extension deletes the library with it: only an exported file survives, hence
 * the reminder.
 */
import { storage } from 'wxt/utils/storage';

/** The first reminder comes once the reader has saved this many articles of their own. */
export const FIRST_REMINDER_ARTICLES = 20;
/** Then again this long after the last export (or the last time the reader dismissed it). */
export const REMIND_EVERY_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What Frontera remembers about the reader’s copies. */
export interface BackupState {
  /** ISO date-time of the last export, or null if never. */
  lastExportAt: string | null;
  /** ISO date-time the reader last dismissed the reminder, or null. */
  reminderDismissedAt: string | null;
}

export const NO_BACKUP: Readonly<BackupState> = Object.freeze({
  lastExportAt: null,
  reminderDismissedAt: null,
});

const time = (iso: string | null): number => {
  const t = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/**
 * Should the options remind the reader to export? Once they have saved 20 articles of their own,
 * and then whenever a month has passed since the last export or the last dismissal.
 */
export function exportReminderDue(state: BackupState, ownArticles: number, now: Date): boolean {
  if (ownArticles < FIRST_REMINDER_ARTICLES) return false;
  const last = Math.max(time(state.lastExportAt), time(state.reminderDismissedAt));
  return now.getTime() - last >= REMIND_EVERY_DAYS * DAY_MS;
}

export const libraryBackupItem = storage.defineItem<BackupState>('local:libraryBackup', {
  fallback: NO_BACKUP,
});

/** The stored state, with anything malformed read as "never". */
export async function loadBackupState(): Promise<BackupState> {
  const raw: unknown = await libraryBackupItem.getValue().catch(() => null);
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const iso = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null);
  return { lastExportAt: iso(r.lastExportAt), reminderDismissedAt: iso(r.reminderDismissedAt) };
}

export async function saveBackupState(patch: Partial<BackupState>): Promise<BackupState> {
  const next = { ...(await loadBackupState()), ...patch };
  await libraryBackupItem.setValue(next);
  return next;
}
