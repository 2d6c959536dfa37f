import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FieldErrors } from './field-errors.js';
import { recheckFields } from './recheck-fields.js';
import { EMPTY_DRAFT, isEmptyDraft, reportDraft, type ReportDraft } from './report-draft.js';

interface DraftState {
  draft: ReportDraft;
  errors: FieldErrors;
  /** The draft came back from the tab's storage, and the monitor has not discarded it. */
  restored: boolean;
}

type DraftAction =
  | { type: 'change'; patch: Partial<ReportDraft>; t: TFunction }
  | { type: 'leave'; key: keyof ReportDraft; t: TFunction }
  | { type: 'errors'; errors: FieldErrors }
  | { type: 'reset' };

function reduce(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'change': {
      const draft = { ...state.draft, ...action.patch };
      return { ...state, draft, errors: recheckFields(state.errors, draft, Object.keys(action.patch) as (keyof ReportDraft)[], action.t, false) };
    }
    case 'leave':
      return { ...state, errors: recheckFields(state.errors, state.draft, [action.key], action.t, true) };
    case 'errors':
      return { ...state, errors: action.errors };
    case 'reset':
      return { draft: EMPTY_DRAFT, errors: {}, restored: false };
  }
}

/**
 * Storage can be forbidden (private browsing, a full quota); the form then works as before,
 * only without surviving a reload.
 */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function restore(key: string): DraftState {
  let stored: unknown = null;
  try {
    stored = JSON.parse(tabStorage()?.getItem(key) ?? 'null');
  } catch {
    // Unreadable: there is no draft to restore.
  }
  const parsed = reportDraft.safeParse(stored);
  return parsed.success && !isEmptyDraft(parsed.data) ? { draft: parsed.data, errors: {}, restored: true } : { draft: EMPTY_DRAFT, errors: {}, restored: false };
}

/**
 * The report being written, with the errors shown beside its fields, kept in this tab's
 * sessionStorage under the account's own key so that a reload, a lost connection or a
 * new sign-in does not lose it. It holds only what the inputs hold: no files and no
 * password. `reset` (after a submission, or discarding) empties it and its storage.
 */
export function useReportDraft(userId: string) {
  const { t } = useTranslation();
  const key = `truce.report-draft.${userId}`;
  const [state, dispatch] = useReducer(reduce, key, restore);

  useEffect(() => {
    try {
      if (isEmptyDraft(state.draft)) tabStorage()?.removeItem(key);
      else tabStorage()?.setItem(key, JSON.stringify(state.draft));
    } catch {
      // A full quota: the draft stays in the page.
    }
  }, [key, state.draft]);

  return {
    ...state,
    change: (patch: Partial<ReportDraft>) => dispatch({ type: 'change', patch, t }),
    leave: (field: keyof ReportDraft) => dispatch({ type: 'leave', key: field, t }),
    showErrors: (errors: FieldErrors) => dispatch({ type: 'errors', errors }),
    reset: () => dispatch({ type: 'reset' }),
  };
}
