/** A clock that tests move by hand, so that expiry and "now" are exact. */
export class TestClock {
  private current: number;

  constructor(start: string | Date = '2025-03-13T12:00:00.000Z') {
    this.current = new Date(start).getTime();
  }

  now = (): Date => new Date(this.current);

  set(time: string | Date): void {
    this.current = new Date(time).getTime();
  }

  advanceDays(days: number): void {
    this.current += days * 86_400_000;
  }
}
