// Loads the prompts (system prompt and per-tool guidance) from the generated module; works in Node and Workers.
import { PROMPT_TEXTS } from './prompt-texts';

/** Which guidance file applies to which tool. */
const GUIDANCE: Record<string, string> = {
  compliance_lookup: 'tools/compliance_lookup',
  compliance_checklist: 'tools/compliance_checklist',
  compliance_plan: 'tools/compliance_plan',
  regulatory_calendar: 'tools/regulatory_calendar',
  inventory_status: 'tools/inventory',
  stockout_risk: 'tools/inventory',
  reorder_plan: 'tools/inventory',
  transfer_suggestions: 'tools/inventory',
  slow_movers: 'tools/inventory',
  localize_listing: 'tools/localize_listing',
  generate_ad_copy: 'tools/generate_ad_copy',
  landed_cost: 'tools/landed_cost',
};

export function promptText(key: string): string {
  const text = PROMPT_TEXTS[key];
  if (text === undefined) throw new Error(`Missing prompt file prompts/${key}.md`);
  return text;
}

/** The system prompt for a turn: role and rules, guidance for the offered tools, and today's date. */
export function systemPrompt(toolNames: string[], today: string): string {
  const guidance = [...new Set(toolNames.map((n) => GUIDANCE[n]).filter(Boolean))].map(promptText);
  return [
    promptText('system'),
    guidance.length ? `Tool guidance:\n\n${guidance.join('\n\n')}` : '',
    `Today is ${today}.`,
  ]
    .filter(Boolean)
    .join('\n\n');
}
