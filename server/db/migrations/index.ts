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
import productVolume from './017-product-volume';

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
  productVolume,
];
