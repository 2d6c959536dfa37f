import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDate } from '../ui/date-time.js';

const DAY_MS = 86_400_000;

/** The days of an agreement's window, as YYYY-MM-DD in UTC. */
export function windowDays(start: string, end: string): string[] {
  const first = Date.parse(`${start.slice(0, 10)}T00:00:00Z`);
  const last = Date.parse(`${end.slice(0, 10)}T00:00:00Z`);
  const days: string[] = [];
  for (let t = first; t <= last && days.length < 400; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** A slider over the days of the agreement's window; arrow keys move a day, Page Up and Down several. */
export function WindowSlider({ days, value, onChange }: { days: string[]; value: string; onChange: (day: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  if (days.length === 0) return null;
  const index = Math.max(0, Math.min(days.length - 1, value <= days[0]! ? 0 : value >= days.at(-1)! ? days.length - 1 : days.indexOf(value)));
  return (
    <div className="field window-slider">
      <label htmlFor={id}>{t('incidents.day')}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={days.length - 1}
        step={1}
        value={index}
        aria-valuetext={days[index]}
        onChange={(event) => onChange(days[Number(event.target.value)] ?? value)}
      />
      <output htmlFor={id}>
        <CalendarDate iso={days[index]!} />
      </output>
    </div>
  );
}
