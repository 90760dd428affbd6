import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const unsupportedInVersion: Check = {
  meta: {
    code: 'FR914',
    name: 'unsupported-in-version',
    severity: 'error',
    summary: "Rules syntax the targeted Falco release does not support (a newer required_engine_version, oneof/anyof/allof before 0.44).",
    docs: {
      bad: "```yaml\n- required_engine_version: 0.99.0\n```",
      good: "```yaml\n- required_engine_version: 0.57.0\n```",
    },
  },
  run: reportRulesCode('FR914'),
};
