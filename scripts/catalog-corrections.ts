/**
 * Facts in ../shared that we found wrong or missing, fixed in our own catalog.
 * Each has a test in test/catalog/corrections.test.ts that shows the real behaviour.
 */
export interface Correction {
  id: string;
  apply(catalog: Record<string, Record<string, any>>): void;
}

export const CORRECTIONS: Correction[] = [
  {
    // falco-cli.json marks --list as taking a value, but Falco declares it with an implicit value:
    // `falco --list` (every source) and `falco --list=syscall` are both valid.
    id: 'falco --list takes an optional value',
    apply(catalog) {
      const list = catalog['falco-cli']!.falco.options.find((o: { long?: string }) => o.long === '--list');
      list.takesValue = 'optional';
    },
  },
  {
    // xargs.json marks -I as a flag, but GNU xargs reads a replace string after it:
    // `echo a | xargs -I X echo got X` prints "got a".
    id: 'xargs -I takes a value',
    apply(catalog) {
      const option = catalog.tools!.xargs.options.find((o: { short?: string }) => o.short === '-I');
      option.takes_value = true;
      option.value_name = 'REPLACE-STR';
    },
  },
];
