// One JSON-mode chat completion on the configured model, parsed with a zod schema; failures come back as an Error
// saying why the answer could not be used (never thrown), so tools can fall back to their templates.
import type { z } from 'zod';
import { reportUsage, type Llm, type ModelCallContext } from '../../core/llm';

export interface JsonRequest {
  system: string;
  user: string;
  temperature: number;
}

export async function askModelJson<S extends z.ZodType>(
  llm: Llm,
  schema: S,
  req: JsonRequest,
  call?: ModelCallContext,
): Promise<z.output<S> | Error> {
  try {
    const res = await llm.client.chat.completions.create(
      {
        model: llm.model,
        temperature: req.temperature,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: req.system },
          { role: 'user', content: req.user },
        ],
      },
      { signal: call?.signal },
    );
    reportUsage(call, res.usage);
    const parsed = schema.safeParse(JSON.parse(res.choices[0]?.message?.content ?? ''));
    return parsed.success ? parsed.data : new Error('the model answered in an unexpected shape');
  } catch (err) {
    return err instanceof SyntaxError
      ? new Error('the model did not answer with JSON')
      : new Error(`the model could not be reached (${(err as Error).name})`);
  }
}
