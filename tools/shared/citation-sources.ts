// Knowledge-base citations (tools/shared/citations.ts) as the answer model's sources, and block citations by id.
import type { CitationSource, SourceStanding } from '../../core/answer';
import type { Citation, SourceInfo } from './citations';

/** A citation's source kind, second link, note, update day and freshness as answer-model fields. */
export function sourceFields(info: SourceInfo): SourceStanding {
  return {
    source_kind: info.source_kind,
    secondary_url: info.secondary_url,
    source_note: info.source_note,
    updated_on: info.updated_on,
    check_for_updates: info.check_for_updates,
  };
}

/** The market of these documents is not part of the citation, so it is left unknown. */
export function knowledgeSources(citations: Citation[]): CitationSource[] {
  return citations.map((c) => ({
    document_id: c.id,
    title: c.source_title ?? c.title,
    url: c.source_url,
    market: null,
    as_of: c.as_of,
    status: c.status,
    ...sourceFields(c),
  }));
}

/** 1-based positions in `citations` of the given document ids (unknown ids are left out). */
export function positionsOf(citations: Citation[], ids: string[] | undefined): number[] {
  return (ids ?? []).map((id) => citations.findIndex((c) => c.id === id) + 1).filter((n) => n > 0);
}
