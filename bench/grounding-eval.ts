// The grounding check of `npm run eval`: scripted answers (supported, unsupported, paraphrased, converted units and
// currencies, Chinese) checked against knowledge documents and the user's message exactly as the live check does;
// reports recall on invented figures and the share of supported figures the check lets through.
import fs from 'node:fs';
import path from 'node:path';
import { checkSentence } from '../server/agent/grounding/check';
import { extractFigures } from '../server/agent/grounding/figures';
import { takeSentences } from '../server/agent/grounding/sentences';
import { SupportIndex } from '../server/agent/grounding/support';
import { REPO_ROOT } from './measure';

interface GroundingCase {
  id: string;
  category: string;
  docs: string[];
  user?: string;
  answer: string;
  invented: string[];
}

export interface GroundingEvalReport {
  cases: number;
  figures: number;
  invented: number;
  /** Invented figures the check flagged ÷ invented figures (target 1.0). */
  invented_recall: number | null;
  /** Supported figures the check let through ÷ supported figures (target >= 0.95). */
  supported_precision: number | null;
  /** Flagged figures that were really invented ÷ flagged figures. */
  flag_precision: number | null;
  by_category: Record<string, { cases: number; figures: number; wrong: number }>;
  /** Figures the check judged wrongly, or invented figures it did not even find. */
  failures: Array<{ id: string; figure: string; expected: 'invented' | 'supported'; got: string }>;
}

const CASES_FILE = path.join(REPO_ROOT, 'bench', 'grounding-cases.json');
const share = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : null);

export function runGroundingEval(): GroundingEvalReport {
  const { cases } = JSON.parse(fs.readFileSync(CASES_FILE, 'utf8')) as { cases: GroundingCase[] };
  const failures: GroundingEvalReport['failures'] = [];
  const byCategory: GroundingEvalReport['by_category'] = {};
  let figures = 0;
  let invented = 0;
  let caught = 0;
  let passed = 0;
  let flagged = 0;
  for (const c of cases) {
    const index = new SupportIndex().addText(c.user ?? '');
    for (const doc of c.docs)
      index.addText(fs.readFileSync(path.join(REPO_ROOT, 'knowledge', 'regulations', doc), 'utf8'));
    // Sentence by sentence, as the live guard checks streamed text.
    const unsupported = takeSentences(c.answer, true).sentences.flatMap(
      (s) => checkSentence(s, index, () => true).unsupported,
    );
    const found = extractFigures(c.answer).map((f) => f.text);
    const cat = (byCategory[c.category] ??= { cases: 0, figures: 0, wrong: 0 });
    cat.cases++;
    cat.figures += found.length;
    figures += found.length;
    flagged += unsupported.length;
    for (const figure of c.invented) {
      invented++;
      if (unsupported.includes(figure)) caught++;
      else {
        cat.wrong++;
        failures.push({
          id: c.id,
          figure,
          expected: 'invented',
          got: found.includes(figure) ? 'accepted' : 'not found as a figure',
        });
      }
    }
    for (const figure of found.filter((f) => !c.invented.includes(f))) {
      if (!unsupported.includes(figure)) passed++;
      else {
        cat.wrong++;
        failures.push({ id: c.id, figure, expected: 'supported', got: 'flagged' });
      }
    }
  }
  const supported = figures - invented;
  return {
    cases: cases.length,
    figures,
    invented,
    invented_recall: share(caught, invented),
    supported_precision: share(passed, supported),
    flag_precision: share(caught, flagged),
    by_category: byCategory,
    failures,
  };
}
