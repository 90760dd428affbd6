import type { Word } from '../../../shell/types.js';
import type { CommandNode, OptionSpec, ToolModel } from '../model/types.js';
import { lookupAnywhere } from './option-index.js';
import { isPluginSubcommand } from './plugins.js';

export interface OptionUse {
  kind: 'option';
  word: Word;
  option: OptionSpec;
  /** The spelling as written, without a value (`--tail`, `-n`, `--tai` when a GNU prefix). */
  written: string;
  value?: string;
  /** The word holding the value, when it is the next word. */
  valueWord?: Word;
  node: CommandNode;
}

export interface UnknownOption {
  kind: 'unknown-option';
  word: Word;
  /** The option as written (`--lines`, or `-x` out of the bundle `-xf`). */
  written: string;
  node: CommandNode;
  /** A global option of the tool written after the subcommand (`docker ps --debug`). */
  misplacedGlobal?: OptionSpec;
}

export interface MissingValue {
  kind: 'missing-value';
  word: Word;
  option: OptionSpec;
  written: string;
  node: CommandNode;
}

export interface UnknownSubcommand {
  kind: 'unknown-subcommand';
  word: Word;
  node: CommandNode;
}

export type ArgEvent = OptionUse | UnknownOption | MissingValue | UnknownSubcommand;

export interface ParsedArgs {
  model: ToolModel;
  /** The deepest (sub)command reached. */
  node: CommandNode;
  /** Words that named subcommands, in order. */
  subcommandWords: Word[];
  events: ArgEvent[];
  /** Operands of `node` (before a `--`). */
  operands: Word[];
  /** Words after `--`. */
  afterDashDash: Word[];
  /** Options that applied to `node`. */
  used: OptionSpec[];
  /** Every word was understood: no unknown or unreadable option, no unknown subcommand. */
  complete: boolean;
}

const OPTION_START = /^-[A-Za-z0-9?#@]|^--[A-Za-z0-9]/;

function isDynamicName(text: string): boolean {
  return /[$`<>*?[]/.test(text);
}

class ArgParser {
  private node: CommandNode;
  private atRoot = true;
  private stopOptions = false;
  private sawDashDash = false;
  private i = 0;
  /** Options before the subcommand that only the final subcommand can tell about (cobra). */
  private readonly deferred: Array<{ word: Word; written: string }> = [];
  readonly result: ParsedArgs;

  constructor(
    private readonly model: ToolModel,
    private readonly args: readonly Word[],
  ) {
    this.node = model.root;
    this.result = { model, node: model.root, subcommandWords: [], events: [], operands: [], afterDashDash: [], used: [], complete: true };
  }

  run(): ParsedArgs {
    if (this.model.syntax === 'tar') this.oldStyleTar();
    while (this.i < this.args.length) {
      const word = this.args[this.i]!;
      if (this.stopOptions) {
        (this.sawDashDash ? this.result.afterDashDash : this.result.operands).push(word);
        this.i++;
        continue;
      }
      if (word.text === '--') {
        this.sawDashDash = true;
        this.stopOptions = true;
        this.i++;
        continue;
      }
      if (OPTION_START.test(word.text) && !(this.model.modeOperand && /^-[rwxXstugoa0-7,+=-]+$/.test(word.text))) {
        if (!this.option(word)) break;
        continue;
      }
      if (!this.operand(word)) break;
    }
    this.result.node = this.node;
    this.settleDeferred();
    return this.result;
  }

  /**
   * cobra finds the subcommand first, skipping each unknown `--flag`/`-f` and the word after it, then
   * parses every option with that subcommand's flags. Until the subcommand is known nothing can be said.
   */
  private defer(word: Word, written: string): boolean {
    if (!(this.atRoot && this.model.deferRootOptions && this.node.subcommands.size > 0)) return false;
    this.deferred.push({ word, written });
    this.result.complete = false;
    this.i++;
    const next = this.args[this.i];
    if (next && !OPTION_START.test(next.text) && !word.text.includes('=') && (written.startsWith('--') || written.length === 2)) this.i++;
    return true;
  }

  private settleDeferred(): void {
    for (const { word, written } of this.deferred) {
      const unknown = written.startsWith('--') ? (this.node.options.has(written) ? undefined : written) : this.unknownInBundle(written);
      if (!unknown) continue;
      // No subcommand was found (perhaps because cobra took it for the option's value): only an option
      // that no subcommand has is surely wrong.
      if (this.node === this.model.root && lookupAnywhere(this.model, unknown).status !== 'unknown') continue;
      this.result.events.push({ kind: 'unknown-option', word, written: unknown, node: this.node });
    }
  }

  private unknownInBundle(bundle: string): string | undefined {
    for (let j = 1; j < bundle.length; j++) {
      const option = this.node.options.get(`-${bundle[j]}`);
      if (!option) return `-${bundle[j]}`;
      if (option.value !== 'none') return undefined;
    }
    return undefined;
  }

  /** Reads one operand; false when the rest of the line can no longer be read. */
  private operand(word: Word): boolean {
    const node = this.node;
    if (this.result.operands.length === 0 && node.subcommands.size > 0) {
      if (word.dynamic || word.placeholders.length > 0 || isPluginSubcommand(node.path, word.text)) return this.giveUp();
      const sub = node.subcommands.get(word.text);
      if (sub) {
        this.node = sub;
        this.atRoot = false;
        this.result.used = [];
        this.result.subcommandWords.push(word);
        this.i++;
        return true;
      }
      if (!node.runnable) {
        // After an unknown option this word may be that option's value rather than a subcommand.
        if (this.result.complete) this.result.events.push({ kind: 'unknown-subcommand', word, node });
        return this.giveUp();
      }
    }
    this.result.operands.push(word);
    this.i++;
    if (!node.interspersed) this.stopOptions = true;
    return true;
  }

  private giveUp(): false {
    this.result.complete = false;
    return false;
  }

  private lookup(name: string): OptionSpec | undefined {
    return this.node.options.get(name) ?? (this.atRoot ? this.model.leadingOptions.get(name) : undefined);
  }

  /** GNU getopt_long: an unambiguous prefix names its option; curl: `--no-X` negates a boolean `--X`. */
  private lookupLong(name: string): { option?: OptionSpec; ambiguous?: boolean } {
    const exact = this.lookup(name);
    if (exact) return { option: exact };
    if (this.model.negatableLongs && name.startsWith('--no-')) {
      const positive = this.lookup(`--${name.slice(5)}`);
      if (positive && positive.value === 'none') return { option: positive };
    }
    if (!this.model.longPrefixes) return {};
    const matches = new Set<OptionSpec>();
    for (const long of this.node.longNames) if (long.startsWith(name)) matches.add(this.node.options.get(long)!);
    if (matches.size === 1) return { option: [...matches][0]! };
    return matches.size > 1 ? { ambiguous: true } : {};
  }

  private unknown(word: Word, written: string): void {
    const misplaced = this.atRoot ? undefined : this.model.leadingOptions.get(written);
    this.result.events.push({ kind: 'unknown-option', word, written, node: this.node, ...(misplaced ? { misplacedGlobal: misplaced } : {}) });
    // An unknown option may or may not take the next word: nothing after it can be counted.
    this.result.complete = false;
  }

  /** Records a use and takes its value: attached, or the next word when the option needs one. */
  private use(word: Word, option: OptionSpec, written: string, attached: string | undefined): void {
    const event: OptionUse = { kind: 'option', word, option, written, node: this.node };
    this.result.used.push(option);
    this.i++;
    if (attached !== undefined) {
      event.value = attached;
    } else if (option.value === 'required') {
      const next = this.args[this.i];
      if (next) {
        event.value = next.text;
        event.valueWord = next;
        this.i++;
      } else {
        this.result.events.push({ kind: 'missing-value', word, option, written, node: this.node });
      }
    } else if (option.value === 'optional') {
      // journalctl -b -1, journalctl -n 20: a number after an optional-value option is its value in practice.
      const next = this.args[this.i];
      if (next && /^-\d+$/.test(next.text)) {
        event.value = next.text;
        event.valueWord = next;
        this.i++;
      }
    }
    this.result.events.push(event);
  }

  /** Reads one option word; false when the rest of the line can no longer be read. */
  private option(word: Word): boolean {
    const text = word.text;
    const eq = text.indexOf('=');
    const name = eq === -1 ? text : text.slice(0, eq);
    const attached = eq === -1 ? undefined : text.slice(eq + 1);
    if ((word.dynamic || word.placeholders.length > 0) && isDynamicName(name)) {
      this.result.complete = false;
      this.i++;
      return true;
    }

    if (text.startsWith('--')) {
      const { option, ambiguous } = this.lookupLong(name);
      if (option) this.use(word, option, name, attached);
      else if (this.defer(word, name)) return true;
      else {
        if (!ambiguous) this.unknown(word, name);
        else this.result.complete = false;
        this.i++;
      }
      return true;
    }

    // A whole-word spelling first: `-nv` (wget), `-tt` (strace), and Go flag's single-dash long names.
    const whole = this.lookup(name) ?? (this.model.syntax === 'urfave' && name.length > 2 ? this.lookup(`-${name}`) : undefined);
    if (whole && (name.length > 2 || whole.value === 'none' || attached !== undefined)) {
      this.use(word, whole, name, attached);
      return true;
    }
    if (this.model.syntax === 'long-only' || !this.model.checkShort) {
      // The short grammar is not modelled: whether the next word is a value cannot be told.
      this.result.complete = false;
      this.i++;
      return true;
    }
    if (this.model.signalOption && /^-([A-Z][A-Z0-9+-]*|\d+)$/.test(text)) {
      this.i++;
      return true;
    }
    return this.bundle(word);
  }

  /** A bundle of short options: `-tulpn`, `-n5`, `-pc` (falco: -p with value c), `-it`. */
  private bundle(word: Word): boolean {
    const text = word.text;
    let j = 1;
    if (this.model.numericOption) {
      const digits = /^\d+/.exec(text.slice(1))?.[0] ?? '';
      j += digits.length;
      if (j >= text.length) {
        this.i++;
        return true;
      }
    }
    for (; j < text.length; j++) {
      const written = `-${text[j]}`;
      const option = this.lookup(written);
      if (!option) {
        if (j === 1 && this.defer(word, text.length === 2 ? written : text)) return true;
        this.unknown(word, written);
        this.i++;
        return true;
      }
      const rest = text.slice(j + 1);
      if (option.value === 'required' && rest !== '') {
        this.use(word, option, written, this.model.syntax === 'cobra' ? rest.replace(/^=/, '') : rest);
        return true;
      }
      if (option.value === 'optional' && rest !== '' && option.shortAttachedValue) {
        this.use(word, option, written, rest);
        return true;
      }
      if (option.value !== 'none' && rest === '') {
        this.use(word, option, written, undefined);
        return true;
      }
      // A flag inside the bundle: record it without moving to the next word.
      this.result.used.push(option);
      this.result.events.push({ kind: 'option', word, option, written, node: this.node });
    }
    this.i++;
    return true;
  }

  /** `tar czf x.tgz dir`: a first word without a dash is a bundle whose letters take their values in order. */
  private oldStyleTar(): void {
    const first = this.args[0];
    if (!first || first.text.startsWith('-') || !/^[A-Za-z]+$/.test(first.text)) return;
    this.i = 1;
    for (const letter of first.text) {
      const option = this.lookup(`-${letter}`);
      if (!option) {
        this.result.complete = false;
        continue;
      }
      this.result.used.push(option);
      const event: OptionUse = { kind: 'option', word: first, option, written: `-${letter}`, node: this.node };
      if (option.value === 'required' && this.i < this.args.length) {
        event.valueWord = this.args[this.i]!;
        event.value = event.valueWord.text;
        this.i++;
      }
      this.result.events.push(event);
    }
  }
}

/** Reads a program's arguments the way the program itself would, as far as the catalog describes it. */
export function parseArgs(model: ToolModel, args: readonly Word[]): ParsedArgs {
  return new ArgParser(model, args).run();
}
