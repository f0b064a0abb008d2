// A small read-only tool used to test the tool contract and the surfaces independently of the product's tools.
import { z } from 'zod';
import { defineTool } from '../../tools/define-tool';

export const sampleTool = defineTool({
  name: 'sample_sum',
  title: 'Sum numbers',
  description: 'Adds a list of numbers (test tool).',
  input: z.object({
    numbers: z.array(z.number()).min(1).describe('Numbers to add'),
    label: z.string().optional(),
  }),
  output: z.object({ total: z.number(), label: z.string().nullable() }),
  annotations: { readOnly: true },
  run: async (input, deps) => {
    const { rows } = await deps.db.query<{ total: number }>('SELECT $1::float8 AS total', [
      input.numbers.reduce((a: number, b: number) => a + b, 0),
    ]);
    return { total: rows[0].total, label: input.label ?? null };
  },
  toAnswer: (out) => [{ type: 'paragraph', text: `Total: ${out.total}` }],
});

export const failingTool = defineTool({
  name: 'sample_fail',
  title: 'Always fails',
  description: 'Throws an internal error (test tool).',
  input: z.object({}),
  output: z.object({}),
  annotations: { readOnly: true },
  run: async () => {
    throw new Error('secret internal detail: SELECT * FROM users');
  },
  toAnswer: () => [],
});
