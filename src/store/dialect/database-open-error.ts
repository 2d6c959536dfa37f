/** The database named by a URL cannot be opened or created; the message is one line for an operator. */
export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
