// The ordered list of schema migrations; add a file and list it here (ids never change once released).
import core from './001-core';
import knowledge from './002-knowledge';
import inventory from './003-inventory';
import conversations from './004-conversations';
import slack from './005-slack';
import dialogueState from './006-dialogue-state';
import conversationOwners from './007-conversation-owners';
import grounding from './008-grounding';
import messageTurns from './012-message-turns';
import demoInventory from './013-demo-inventory';
import hsCodes from './014-hs-codes';
import weeklySales from './016-weekly-sales';
import productVolume from './017-product-volume';
import knowledgeSources from './018-knowledge-sources';
import regulatoryCalendar from './019-regulatory-calendar';
import rateLimits from './020-rate-limits';
import fulltextIndexDirect from './021-fulltext-index-direct';
import salesSeries from './022-sales-series';
import inventoryVersion from './023-inventory-version';
import productParent from './024-product-parent';

export interface Migration {
  id: string;
  sql: string;
}

export const migrations: Migration[] = [
  core,
  knowledge,
  inventory,
  conversations,
  slack,
  dialogueState,
  conversationOwners,
  grounding,
  messageTurns,
  demoInventory,
  hsCodes,
  weeklySales,
  productVolume,
  knowledgeSources,
  regulatoryCalendar,
  rateLimits,
  fulltextIndexDirect,
  salesSeries,
  inventoryVersion,
  productParent,
];
