// GET /api/tools and POST /api/tools/:name: the registry over HTTP, through the invoke wrapper.
import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import type { AppEnv } from './app-env';
import { toolJsonSchemas } from '../../../tools/define-tool';
import { invokeTool } from '../../../tools/invoke';
import { readJsonBody } from './json-body';

export function describeTools(deps: AppDeps) {
  return deps.registry.list().map((tool) => {
    const schemas = toolJsonSchemas(tool);
    return {
      name: tool.name,
      title: tool.title,
      description: tool.description,
      annotations: tool.annotations,
      input_schema: schemas.input,
      output_schema: schemas.output,
    };
  });
}

export function toolRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/api/tools', (c) => c.json({ tools: describeTools(deps) }))
    .post('/api/tools/:name', async (c) => {
      const name = c.req.param('name');
      deps.registry.get(name); // unknown tool: 404 before reading the body
      const input = await readJsonBody(c.req.raw);
      const result = await invokeTool(deps.registry, deps, name, input, {
        surface: 'http',
        principal: c.get('principal'),
      });
      if (!result.ok) throw result.error;
      return c.json(result.output as object);
    });
}
