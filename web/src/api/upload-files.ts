import type { z } from 'zod';
import { csrfHeaders } from './csrf-token.js';
import { ApiError } from './fetch-json.js';

/**
 * POSTs files as multipart/form-data through XMLHttpRequest, the one browser API that
 * reports upload progress; `onProgress` gets the fraction sent, 0 to 1.
 */
export function uploadFiles<S extends z.ZodType>(url: string, files: readonly File[], schema: S, onProgress: (fraction: number) => void): Promise<z.infer<S>> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders())) request.setRequestHeader(name, value);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // Not JSON: the status alone describes the failure.
      }
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(schema.parse(body));
        return;
      }
      const error = body as { error?: unknown; message?: unknown } | null;
      reject(
        error && typeof error.error === 'string' && typeof error.message === 'string'
          ? new ApiError(request.status, error.error, error.message)
          : new ApiError(request.status, 'http_error', `${request.status} ${request.statusText}`),
      );
    });
    request.addEventListener('error', () => reject(new ApiError(0, 'network_error', 'the upload could not reach the server')));
    request.send(form);
  });
}
