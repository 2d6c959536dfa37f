import { printPdf } from './print-pdf.js';

export interface PdfPrinterLimits {
  /** PDFs rendered at once: each is a Chromium, about 1.8 s of CPU. */
  concurrency: number;
  /** PDFs that may wait for a free slot; beyond that the printer is busy. */
  queue: number;
  /** Distinct PDFs kept, the least recently asked for dropped first. */
  cached: number;
}

export const DEFAULT_PDF_LIMITS: PdfPrinterLimits = { concurrency: 1, queue: 4, cached: 32 };

/** Every slot and every place in the queue is taken: ask again later. */
export class PrinterBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the server is rendering as many PDFs as it can; ask again in ${retryAfterSeconds} s`);
    this.name = 'PrinterBusyError';
  }
}

/**
 * PDF rendering is open to the public and costs a Chromium per PDF, so it is bounded: a few at
 * once, a short queue, and a busy answer beyond it. A PDF is kept by a key of its content (not of
 * the checkpoint, which moves every second), and the same PDF asked for twice at once is rendered once.
 */
export class PdfPrinter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly done = new Map<string, Buffer>();
  private readonly pending = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly limits: PdfPrinterLimits = DEFAULT_PDF_LIMITS,
    private readonly print: (html: string) => Promise<Buffer> = printPdf,
  ) {}

  async pdf(key: string, html: () => string): Promise<Buffer> {
    const kept = this.done.get(key);
    if (kept) {
      // Asked for again: it becomes the most recent.
      this.done.delete(key);
      this.done.set(key, kept);
      return kept;
    }
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    if (this.running >= this.limits.concurrency && this.waiting.length >= this.limits.queue) {
      throw new PrinterBusyError(Math.max(2, 2 * (this.waiting.length + 1)));
    }
    const job = this.render(key, html).finally(() => this.pending.delete(key));
    this.pending.set(key, job);
    return job;
  }

  private async render(key: string, html: () => string): Promise<Buffer> {
    // A slot is taken here, or handed over by the render that frees it.
    if (this.running >= this.limits.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      const pdf = await this.print(html());
      this.done.set(key, pdf);
      for (const oldest of this.done.keys()) {
        if (this.done.size <= this.limits.cached) break;
        this.done.delete(oldest);
      }
      return pdf;
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
