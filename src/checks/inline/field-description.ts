import type { Check } from '../check.js';
import { nameOfSpan } from './names.js';
import { proseLines } from './text.js';

/**
 * What some fields are, in the words reports use for them (libs field descriptions, shortened). Only these
 * phrases are compared, and only as a whole description: "the process name" is proc.name, never proc.sname.
 */
const ROLE_PHRASES: ReadonlyArray<{ phrases: string[]; fields: string[]; what: string }> = [
  { phrases: ['process name', 'name of the process'], fields: ['proc.name'], what: 'the process name' },
  { phrases: ['parent process name', 'parent process', 'parent name', 'name of the parent process'], fields: ['proc.pname', 'proc.aname[1]'], what: "the parent's name" },
  { phrases: ['grandparent process name', 'grandparent process', 'grandparent name', 'grandparent'], fields: ['proc.aname[2]'], what: "the grandparent's name" },
  { phrases: ['session leader', 'session leader name', 'session leader process name'], fields: ['proc.sname'], what: "the session leader's name" },
  { phrases: ['command line', 'full command line'], fields: ['proc.cmdline'], what: 'the command line' },
  { phrases: ['user id', 'uid'], fields: ['user.uid'], what: 'the user id' },
  { phrases: ['login uid', 'login user id', 'audit uid'], fields: ['user.loginuid'], what: 'the login uid' },
  { phrases: ['user name', 'username'], fields: ['user.name'], what: 'the user name' },
  { phrases: ['container id'], fields: ['container.id'], what: 'the container id' },
  { phrases: ['container name'], fields: ['container.name'], what: 'the container name' },
  { phrases: ['event type', 'type of event', 'type of the event', 'system call'], fields: ['evt.type'], what: 'the event type' },
  { phrases: ['working directory', 'current working directory'], fields: ['proc.cwd'], what: 'the working directory' },
];

/** A list item that names fields and then says what they are: "* `a` and `b`: The x and y (...)". */
const ITEM = /^\s*(?:[*+-]|\d+[.)])\s+(?:\*\*)?((?:`[^`]+`(?:\s*(?:,|and|&)\s*)?)+)(?:\*\*)?\s*:\s+(.*)$/;

function roleOf(phrase: string): (typeof ROLE_PHRASES)[number] | undefined {
  const clean = phrase.toLowerCase().replace(/^(?:the|its|a|an)\s+/, '').trim();
  const head = clean.replace(/\s+(?:of|for|that|which|where|executing|being|running)\b.*$/, '').trim();
  return ROLE_PHRASES.find((r) => r.phrases.includes(clean)) ?? ROLE_PHRASES.find((r) => r.phrases.includes(head));
}

export const fieldDescribedWrongly: Check = {
  meta: {
    code: 'FR708',
    name: 'field-described-wrongly',
    severity: 'warning',
    summary: 'A Falco field described as another one ("`proc.sname`: the process name"), in a list that names fields and then says what they are.',
    docs: {
      bad: '*   `proc.sname` and `proc.name`: The process name and parent process name (`event-generator`, `falco-event-gen`)',
      good: '*   `proc.sname` and `proc.name`: The session leader and process name (`event-generator`, `falco-event-gen`)',
    },
  },
  run({ doc, report }) {
    for (const { line, text } of proseLines(doc)) {
      const m = ITEM.exec(text);
      if (!m) continue;
      const fields = [...m[1]!.matchAll(/`([^`]+)`/g)].map((f) => ({ text: f[1]!.trim(), index: f.index + text.indexOf(m[1]!) }));
      if (!fields.every((f) => nameOfSpan(f.text)?.kind === 'field')) continue;
      const described = m[2]!.replace(/\([^)]*\)/g, ' ').replace(/`[^`]*`/g, ' ').split(/[.;]\s/)[0]!;
      const phrases = described.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((p) => p.trim() !== '');
      if (phrases.length !== fields.length) continue;
      fields.forEach((field, i) => {
        const role = roleOf(phrases[i]!);
        // Only a field whose own role is in the table can be said to be described as something else.
        const own = ROLE_PHRASES.find((r) => r.fields.includes(field.text));
        if (!role || !own || role.fields.includes(field.text)) return;
        report({
          line,
          column: field.index + 2,
          message: `${field.text} is ${own.what}, not ${role.what} (that is ${role.fields[0]})`,
          suggestion: role.fields[0]!,
        });
      });
    }
  },
};
