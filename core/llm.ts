// The chat model contract: an OpenAI-compatible client and the model name; tools and the agent code against it.
import type OpenAI from 'openai';

export interface Llm {
  client: OpenAI;
  model: string;
}
