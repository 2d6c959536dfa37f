export const BOUNDARY = 'truce-test-boundary';

/** The content type a `multipart()` body goes with. */
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export type Part = { name: string; value: string } | { name: 'file'; filename: string; content: Buffer; type?: string };

/** A multipart/form-data body as a browser sends one; `truncate` cuts it short, as a dropped connection would. */
export function multipart(parts: Part[], { truncate = false } = {}): Buffer {
  const chunks = parts.map((p) =>
    'content' in p
      ? Buffer.concat([Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="${p.filename}"\r\ncontent-type: ${p.type ?? 'text/plain'}\r\n\r\n`), p.content, Buffer.from('\r\n')])
      : Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`),
  );
  const body = Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]);
  return truncate ? body.subarray(0, body.length - 40) : body;
}
