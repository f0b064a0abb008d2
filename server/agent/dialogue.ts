// Follow-ups in the no-LLM mode: the last request and its arguments carry over; a message that names no request
// but gives a slot ("and in the US?", "那法国呢？", "make it for TikTok", "in German") changes that slot and reruns,
// a reply to a question fills the slot asked for, and a message that makes a request of its own starts fresh.
import { normalizeCategory } from '../../core/domain/categories';
import { readSlots } from '../../core/slots/index';
import {
  ARGUMENT_GROUPS,
  argumentsFromSlots,
  detectIntent,
  finishRoute,
  routeMessage,
  type Route,
  type RouteContext,
} from './router';

/** What the no-LLM mode remembers of a conversation: the last request, its arguments and what it still needs. */
export interface DialogueState {
  tool: string;
  arguments: Record<string, unknown>;
  missing: string[];
}

export function stateOf(route: Route): DialogueState {
  return { tool: route.tool, arguments: route.arguments, missing: route.missing };
}

/** A reply to a question read as the value asked for, when the slot parsers found nothing in it. */
function answerToQuestion(slot: string, text: string): Record<string, unknown> {
  const value = text
    .replace(/^(it'?s|it is|the product is|a|an|my|our)\s+/i, '')
    .replace(/[.!?。！？]+$/, '')
    .trim();
  if (!value) return {};
  if (slot === 'product') return { product: { name: value, features: [] } };
  if (slot === 'listing') return { listing: { title: value, bullets: [], description: '' } };
  if (slot === 'category') {
    const id = normalizeCategory(value);
    return id ? { category: id } : {};
  }
  return {};
}

/** Lays new arguments over old ones; a new filter replaces its whole group, a new product keeps the old brand. */
function merge(
  old: Record<string, unknown>,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...old };
  for (const key of Object.keys(given)) {
    for (const k of ARGUMENT_GROUPS.find((g) => g.includes(key)) ?? [key]) delete out[k];
  }
  const oldProduct = old.product as { brand?: string } | undefined;
  const product = given.product as { brand?: string } | undefined;
  Object.assign(out, given);
  if (product && oldProduct?.brand && !product.brand)
    out.product = { ...product, brand: oldProduct.brand };
  return out;
}

/** The route for a message in a conversation: a follow-up of the last request, or a request of its own. */
export function nextRoute(
  message: string,
  state: DialogueState | null,
  ctx: RouteContext,
): Route | null {
  const text = message.trim();
  if (state && text) {
    const slots = readSlots(text, ctx);
    if (!detectIntent(text, slots)) {
      let given = argumentsFromSlots(state.tool, slots, text);
      const asked = state.missing[0];
      if (asked && !Object.keys(given).length) given = answerToQuestion(asked, text);
      if (Object.keys(given).length)
        return finishRoute(state.tool, merge(state.arguments, given), text);
    }
  }
  return routeMessage(text, ctx);
}
