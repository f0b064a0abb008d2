// Whether a bare "oz" in a product text means fluid ounces: yes for drinks and liquid containers (a 32 oz bottle),
// unless the words just before it speak of weight ("weighs 12 oz").
const LIQUID =
  /\b(bottles?|tumblers?|mugs?|cups?|flasks?|thermos|jugs?|pitchers?|carafes?|kettles?|canteens?|shakers?|sippy|drinks?|beverages?|water|juice|wine|beer|liquids?|lotions?|shampoos?|conditioners?|body wash|syrups?|sprays?|perfumes?)\b|水杯|杯|瓶|壶|壺|饮料|飲料|液/i;

const WEIGHT_CUE =
  /(weigh\w*|weight|\bwt\.?|heavy|light(?:weight)?|net\s+wt|重量?|净重|淨重)[^.;,\n]{0,12}$/i;

/** True when the product is a liquid or holds one, so a bare oz is a fluid ounce. */
export function ozMeansVolume(texts: string[]): boolean {
  return texts.some((t) => LIQUID.test(t));
}

/** True when the text right before a quantity says it is a weight ("Weighs only", "Net wt."). */
export function saysWeight(before: string): boolean {
  return WEIGHT_CUE.test(before.slice(-30));
}
