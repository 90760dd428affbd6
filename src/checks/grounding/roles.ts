/**
 * Phrases that say which field a quoted value is, kept small and explicit. `before` must end right where the
 * value starts (the text since the previous quoted word), `after` must start right where it ends and runs to the
 * next quoted word, marked by a backquote: "`curl` (parent `sh`)" names sh the parent, not curl.
 */
export interface Role {
  /** How the message names the role. */
  name: string;
  /** Fields, then output keys, that hold the role's value; the first one the alert has is used. */
  fields: string[];
  before?: RegExp;
  after?: RegExp;
  /** The shape a value must have to fill this role; a time role says nothing about a flag or a name. */
  value?: RegExp;
}

/** 19-digit nanoseconds, 10-digit seconds, or an ISO-8601 / clock time. */
const TIME_VALUE = /^(?:\d{10}(?:\d{9})?|\d{4}-\d\d-\d\dT[\d:.]+Z?|\d\d:\d\d:\d\d(?:\.\d+)?)$/;

const TAIL = String.raw`(?:\s+process)?(?:\s+(?:name|is|was|named|called))*\s*[:=(]?\s*(?:the\s+)?(?:process\s+)?$`;

/** Words that stand before `parent` in an ancestor's name: `grand`, `great-grand`, `great great grand`. */
const ANCESTOR_PREFIX = String.raw`(?:great[\s-]*)*grand[\s-]?`;

/** "great-great-grandparent" is proc.aname[4], written gggparent in rule outputs. */
function ancestorRole(greats: number): Role {
  const greatWords = greats === 0 ? '' : String.raw`great(?:[\s-]+great){${greats - 1}}[\s-]*`;
  const word = String.raw`${greatWords}grand-?parent`;
  // Not preceded by a letter, a hyphen or a space-separated "great": the ancestor named is exactly this one.
  const start = String.raw`(?<![\w-])(?<!great[\s-])`;
  const depth = greats + 2;
  return {
    name: greats === 0 ? 'the grandparent process' : `the ${'great-'.repeat(greats)}grandparent process`,
    fields: [`proc.aname[${depth}]`, `${'g'.repeat(depth - 1)}parent`, `aname[${depth}]`],
    before: new RegExp(String.raw`${start}${word}${TAIL}`, 'i'),
    after: new RegExp(String.raw`^\s*\)?\s*(?:\(\s*)?(?:(?:the|its|as)\s+)?${word}(?:\s+process\b|\s*[),.;:!?]|\s*$)`, 'i'),
  };
}

export const ROLES: readonly Role[] = [
  {
    name: 'the parent process',
    fields: ['proc.pname', 'parent'],
    // Not a grandparent, not "whose parent", not "the parent's parent" (a grandparent).
    before: new RegExp(String.raw`(?<![\w-])(?<!whose\s)(?<!${ANCESTOR_PREFIX}\s*)(?<!parent['’]s\s)(?<!parent\s+of\s+(?:the|its|that)\s)parent${TAIL}`, 'i'),
    after: /^\s*\)?\s*(?:\(\s*)?(?:(?:the|its|as)\s+)?parent(?:\s+process\b|\s*[),.;:!?]|\s*$)/i,
  },
  ancestorRole(0),
  ancestorRole(1),
  ancestorRole(2),
  ancestorRole(3),
  {
    name: "the container's start time",
    fields: ['container.start_ts', 'container_start_ts'],
    value: TIME_VALUE,
    before: /\bcontainer\b[^`.;]*?\b(?:started|start(?:ed)?\s+(?:time|timestamp)|created|creation\s+time|launched)(?:\s+(?:at|on|is|was))?(?:\s+(?:timestamp|time))?\s*[:(]?\s*$/i,
  },
  {
    name: 'the time of the event',
    fields: ['evt.time', 'time'],
    value: TIME_VALUE,
    before: /\b(?:event|alert)\b[^`.;]*\b(?:occurred|happened|fired|triggered|was detected|was generated)\s+(?:at|on)\s*(?:timestamp\s*)?\(?$/i,
  },
];
