// One answer with a compliance part, an inventory table and an ad-copy table, which every surface test renders.
import type { Answer } from '../../core/answer';

export const FIXTURE_ANSWER: Answer = {
  lang: 'en',
  blocks: [
    { type: 'notice', tone: 'info', text: 'No language model is configured.' },
    {
      type: 'paragraph',
      text: '3 obligations in 2 topics apply to radio-equipment sold in DE, EU.',
    },
    { type: 'heading', text: 'Certification and conformity marks', level: 3 },
    {
      type: 'list',
      items: [
        {
          text: 'Radio Equipment Directive',
          detail: 'EU · in force · checked 2026-10-01 — Affix the CE mark.',
          citations: [1],
        },
        {
          text: 'WEEE registration',
          detail: 'DE · scheduled — Register with stiftung ear.',
          citations: [2],
        },
      ],
    },
    {
      type: 'table',
      columns: [
        { key: 'sku', label: 'SKU', priority: 1 },
        { key: 'risk', label: 'Risk', priority: 1 },
        { key: 'warehouse', label: 'Warehouse', priority: 2 },
        { key: 'cover', label: 'Days of cover', priority: 1, kind: 'number' },
        { key: 'lead', label: 'Lead time', priority: 3, kind: 'number' },
        { key: 'value', label: 'Value', priority: 2, kind: 'money', currency: 'EUR' },
      ],
      rows: [
        {
          cells: {
            sku: 'TP-EAR-001',
            risk: 'critical',
            warehouse: 'FBA-DE',
            cover: 3.25,
            lead: 30,
            value: 12345.5,
          },
        },
        {
          cells: {
            sku: 'TP-LMP-005',
            risk: 'warning',
            warehouse: 'FBA-DE',
            cover: 21,
            lead: 45,
            value: null,
          },
        },
      ],
    },
    { type: 'heading', text: 'Variant 1', level: 3 },
    {
      type: 'table',
      columns: [
        { key: 'field', label: 'Field', priority: 1 },
        { key: 'text', label: 'Text', priority: 1 },
        { key: 'chars', label: 'Chars', priority: 2, kind: 'number' },
      ],
      rows: [{ cells: { field: 'headlines', text: 'Earbuds | 30 h battery', chars: 22 } }],
    },
    { type: 'markdown', text: 'The model says **CE** applies [1].' },
    { type: 'action', label: 'Show all 3', message: 'Show all 3', tool: 'compliance_checklist' },
  ],
  citations: [
    {
      n: 1,
      document_id: 'eu-red',
      title: 'Radio Equipment Directive 2014/53/EU',
      url: 'https://eur-lex.europa.eu/eli/dir/2014/53/oj',
      market: 'EU',
      as_of: '2026-10-01',
      status: 'in force',
    },
    {
      n: 2,
      document_id: 'de-weee',
      title: 'ElektroG <WEEE>',
      url: null,
      market: 'DE',
      as_of: null,
      status: 'scheduled',
    },
  ],
};
