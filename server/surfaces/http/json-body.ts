// Reads a JSON request body, turning malformed JSON into a 400 invalid_input error.
import { InvalidInputError } from '../../../core/errors';

export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '')
    throw new InvalidInputError('The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidInputError('The request body is not valid JSON.', [
      { path: '(body)', message: 'malformed JSON' },
    ]);
  }
}
