import { createHash } from 'node:crypto';
import { longestRun } from '../util/text.js';

/**
 * Wraps untrusted text (alert values, a previous model answer) so the model can tell where it ends:
 *
 *   BEGIN UNTRUSTED ALERT DATA 3f9a2c1b
 *   ````text
 *   ...
 *   ````
 *   END UNTRUSTED ALERT DATA 3f9a2c1b
 *
 * Two independent guards: the markers carry a tag derived from the content, which the content cannot contain
 * (it would have to predict the hash of itself), and the code fence is longer than any backtick run inside.
 * A value that writes "END UNTRUSTED ALERT DATA" or ``` therefore closes nothing.
 */
export interface Fenced {
  text: string;
  begin: string;
  end: string;
}

/** `label` is e.g. "UNTRUSTED ALERT DATA"; `lang` is the fence's info string. */
export function fenceUntrusted(body: string, label: string, lang = 'text'): Fenced {
  const content = body.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  let tag = createHash('sha256').update(content).digest('hex').slice(0, 8);
  // Astronomically unlikely, but cheap to rule out: the tag must not occur in the content.
  for (let salt = 0; content.includes(tag); salt++) tag = createHash('sha256').update(`${salt}\u0000${content}`).digest('hex').slice(0, 8);
  const begin = `BEGIN ${label} ${tag}`;
  const end = `END ${label} ${tag}`;
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
  return { text: [begin, `${fence}${lang}`, content, fence, end].join('\n'), begin, end };
}
