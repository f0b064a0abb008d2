// Text to normalised terms for the local embedder: lower-case words with light stemming, stop words removed,
// and character unigrams/bigrams for Chinese, Japanese and Korean runs.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could do does did for from had has have how i if in into is it ' +
    'its me my no not of on or our so such than that the their them then there these they this those to too ' +
    'was we were what when where which while who whom why will with would you your yours about any all also ' +
    'should must may might shall need needs want get got s t us one'
  ).split(' '),
);

const WORD = /[a-z0-9]+(?:[-'.][a-z0-9]+)*/g;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+/g;

/** A light English stemmer: folds plurals and a few suffixes so "labels"/"labelling"/"labeled" meet. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/[.']/g, '');
  if (w.length <= 3 || /^\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  for (const suffix of ['ling', 'led', 'ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Content terms of a text, in order: stemmed words (no stop words) and CJK character unigrams/bigrams. */
export function terms(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  for (const match of lower.matchAll(WORD)) {
    const word = match[0];
    if (STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  for (const match of lower.matchAll(CJK_RUN)) {
    const run = [...match[0]];
    for (let i = 0; i < run.length; i++) {
      out.push(run[i]);
      if (i + 1 < run.length) out.push(run[i] + run[i + 1]);
    }
  }
  return out;
}
