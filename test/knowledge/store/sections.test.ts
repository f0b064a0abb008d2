// The seller actions a checklist or plan shows: the bullets under "What sellers should do", not the status notes
// written as bullets after them.
import { describe, expect, it } from 'vitest';
import { sellerActions } from '../../../knowledge/store/sections';

describe('sellerActions', () => {
  it('reads the action bullets and stops at the blank line before the status notes', () => {
    const text = [
      '**What sellers should do:**',
      '- Work with a customs broker for each low-value shipment.',
      '- Stop using Section 321 filings.',
      '',
      '- **Changed:** the USD 800 de minimis is no longer available.',
      '- **Confidence: medium** - based on secondary summaries.',
    ].join('\n');
    expect(sellerActions(text)).toEqual([
      'Work with a customs broker for each low-value shipment.',
      'Stop using Section 321 filings.',
    ]);
  });

  it('finds no actions in a document without the heading', () => {
    expect(sellerActions('# Title\n\n- a bullet that is not an action')).toEqual([]);
  });
});
