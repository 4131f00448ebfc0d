// The briefing being edited or presented: a title and steps, each a captured view with a title and
// notes. Kept apart from the ViewState (a briefing outlives any one view) and saved in localStorage
// after every change, so a reload or a crash loses nothing. Presenting is a step index here; the
// presenter applies that step's view to the ViewState, and the timeline mark reads `currentWindow`.
import { stepWindow, validateBriefing, type Briefing, type BriefingStep, type StepView } from '../lib/briefing-file.ts';

const STORAGE_KEY = 'chronomap.briefing';

export class BriefingState {
  title = $state('');
  /** Kept from an imported or shipped file (shown on the start screen), written back on export. */
  description = $state('');
  steps = $state<BriefingStep[]>([]);
  /** The step being presented, or null when not presenting. */
  current = $state<number | null>(null);
  /** Set by the presenter while a step is shown; the timeline mark draws it. */
  readonly currentWindow: [number, number] | null;

  constructor(private storage: Storage | null = safeStorage()) {
    const saved = storage?.getItem(STORAGE_KEY);
    if (saved) {
      try {
        const result = validateBriefing(JSON.parse(saved));
        if (result.ok) this.replace(result.briefing, false);
      } catch {
        // A corrupt saved briefing is dropped, not shown as an error on every start.
      }
    }
    this.currentWindow = $derived.by(() => {
      const step = this.current === null ? undefined : this.steps[this.current];
      return step ? stepWindow(step.view) : null;
    });
  }

  toBriefing(): Briefing {
    const steps = $state.snapshot(this.steps) as BriefingStep[];
    return { version: 1, title: this.title, ...(this.description ? { description: this.description } : {}), steps };
  }

  replace(b: Briefing, save = true): void {
    this.title = b.title;
    this.description = b.description ?? '';
    this.steps = b.steps.map((s) => ({ title: s.title, notes: s.notes, view: s.view }));
    this.current = null;
    if (save) this.save();
  }

  setTitle(title: string): void {
    this.title = title;
    this.save();
  }

  add(view: StepView, title = '', notes = ''): number {
    this.steps.push({ title, notes, view });
    this.save();
    return this.steps.length - 1;
  }

  update(i: number, patch: Partial<BriefingStep>): void {
    const step = this.steps[i];
    if (!step) return;
    this.steps[i] = { ...step, ...patch };
    this.save();
  }

  /** Moves step i by delta places (−1 up, +1 down); out of range does nothing. */
  move(i: number, delta: number): void {
    const j = i + delta;
    if (i < 0 || j < 0 || i >= this.steps.length || j >= this.steps.length) return;
    const next = [...this.steps];
    [next[i], next[j]] = [next[j]!, next[i]!];
    this.steps = next;
    this.save();
  }

  remove(i: number): void {
    if (i < 0 || i >= this.steps.length) return;
    this.steps = this.steps.filter((_, k) => k !== i);
    if (this.current !== null && this.current >= this.steps.length) this.current = this.steps.length ? this.steps.length - 1 : null;
    this.save();
  }

  clear(): void {
    this.replace({ version: 1, title: '', steps: [] });
  }

  /** The next or previous step index while presenting, clamped; with `loop`, wraps around. */
  go(delta: number, loop = false): void {
    const n = this.steps.length;
    if (!n) return;
    const at = this.current ?? -1;
    let next = at + delta;
    if (loop) next = ((next % n) + n) % n;
    this.current = Math.min(n - 1, Math.max(0, next));
  }

  private save(): void {
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.toBriefing()));
    } catch {
      // Storage full or denied (private mode): the briefing still works for this session.
    }
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

// One briefing per page, shared by the lazily loaded panel, presenter and timeline mark.
let shared: BriefingState | undefined;
export function briefingState(): BriefingState {
  return (shared ??= new BriefingState());
}
