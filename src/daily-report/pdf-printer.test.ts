import { describe, expect, it } from 'vitest';
import { PdfPrinter, PrinterBusyError } from './pdf-printer.js';

/** A print that waits for the test to let it finish, so that the queue can be seen full. */
function heldPrints() {
  const releases: (() => void)[] = [];
  const printed: string[] = [];
  const print = (html: string) =>
    new Promise<Buffer>((resolve) => {
      releases.push(() => resolve(Buffer.from(`pdf of ${html}`)));
      printed.push(html);
    });
  return { print, printed, releaseAll: () => releases.splice(0).forEach((r) => r()) };
}

describe('the PDF printer', () => {
  it('renders a few at once, queues a few, and is busy beyond, with a time to ask again', async () => {
    const held = heldPrints();
    const printer = new PdfPrinter({ concurrency: 1, queue: 2, cached: 8 }, held.print);
    const jobs = ['a', 'b', 'c'].map((k) => printer.pdf(k, () => k));
    await expect(printer.pdf('d', () => 'd')).rejects.toBeInstanceOf(PrinterBusyError);
    await expect(printer.pdf('d', () => 'd')).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(held.printed).toEqual(['a']);
    for (let i = 0; i < 3; i++) {
      held.releaseAll();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await Promise.all(jobs)).map(String)).toEqual(['pdf of a', 'pdf of b', 'pdf of c']);
    expect(held.printed).toEqual(['a', 'b', 'c']);
  });

  it('renders the same content once, whether asked for again at once or later, and forgets the least recent first', async () => {
    let prints = 0;
    const printer = new PdfPrinter({ concurrency: 1, queue: 1, cached: 2 }, async (html) => {
      prints++;
      return Buffer.from(html);
    });
    const [first, second] = await Promise.all([printer.pdf('k1', () => 'one'), printer.pdf('k1', () => 'one')]);
    expect(first).toBe(second);
    await printer.pdf('k1', () => 'one');
    expect(prints).toBe(1);
    await printer.pdf('k2', () => 'two');
    await printer.pdf('k1', () => 'one');
    await printer.pdf('k3', () => 'three');
    await printer.pdf('k1', () => 'one');
    expect(prints).toBe(3);
    await printer.pdf('k2', () => 'two');
    expect(prints).toBe(4);
  });
});
