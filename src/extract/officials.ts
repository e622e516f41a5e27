// Named officials with rank and positions. First cut; issue "Accuracy" builds the real rules.
import type { Official } from '../record/schema.js';
import type { ExtractContext } from './context.js';

export function extractOfficials(_ctx: ExtractContext): Official[] {
  return [];
}
