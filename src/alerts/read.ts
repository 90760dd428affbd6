import { JsonSyntaxError, LineIndex, parseJson, parseJsonSequence, type JsonParseOptions, type JsonValue } from './json.js';
import { AlertInputError } from './errors.js';
import { readTextInput, type TextInputOptions } from './input.js';
import type { FalcoAlert } from './schema.js';
import { formatIssues, validateAlert } from './validate.js';

/** An alert together with where it came from. */
export interface LocatedAlert {
  alert: FalcoAlert;
  file: string;
  /** 1-based line where the alert's JSON object starts. */
  line: number;
  /** 0-based position of the record among all records of the file, valid or not. */
  index: number;
}

/** A record (line, array element or document) that could not be used; reading went on past it. */
export interface IngestProblem {
  file: string;
  /** 1-based line of the record, or of the syntax error. */
  line: number;
  /** 1-based column of a syntax error. */
  column?: number;
  /** 0-based record index, when the problem is a whole record (absent for a document that is not JSON at all). */
  index?: number;
  /** 'json': the text is not JSON. 'alert': it is JSON but not a Falco alert. */
  kind: 'json' | 'alert';
  /** What is wrong, e.g. "not a Falco alert: $.rule: missing" or "not JSON: unexpected character 'x'". */
  message: string;
  /** JSON path of the first offending field ("$.output_fields"), for kind 'alert'. */
  path?: string;
}

export interface ReadResult {
  alerts: LocatedAlert[];
  problems: IngestProblem[];
}

export interface ReadOptions {
  /**
   * Integers beyond ±(2^53 − 1) (Falco's nanosecond counters: evt.time, container.start_ts, ...):
   * 'string' keeps their exact digits as a string (default), 'number' rounds them like JSON.parse.
   */
  largeIntegers?: JsonParseOptions['largeIntegers'];
}

export { AlertInputError };

/** "alerts.json:3:7: not JSON: ..." — the compiler-style location prefix that editors and terminals link. */
export function formatProblem(problem: IngestProblem): string {
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  return `${problem.file}:${problem.line}${column}: ${problem.message}`;
}

/**
 * Reads alerts from text in any of the shapes Falco and Falcosidekick produce: one JSON object, a JSON array of
 * objects, JSON lines (Falco's file_output; blank lines ignored) or concatenated pretty-printed objects.
 * Each record that is not JSON or not an alert becomes a problem, and reading goes on with the rest.
 */
export function readAlerts(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const jsonOptions: JsonParseOptions = { largeIntegers: options.largeIntegers ?? 'string' };
  const body = stripBom(text);
  const sink = new RecordSink(file);
  try {
    const documents = parseJsonSequence(body, jsonOptions);
    const lines = new LineIndex(body);
    for (const document of documents) {
      if (Array.isArray(document.value)) {
        document.value.forEach((item, i) => sink.add(item, lines.lineOf(document.itemOffsets?.[i] ?? document.offset)));
      } else {
        sink.add(document.value, lines.lineOf(document.offset));
      }
    }
    return sink.result();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    if (isLineOriented(body, jsonOptions)) return readLines(body, file, jsonOptions);
    // One (probably pretty-printed) document with a syntax error: there is no record boundary to resume at.
    return { alerts: [], problems: [{ file, line: error.line, column: error.column, kind: 'json', message: `not JSON: ${error.reason}` }] };
  }
}

/**
 * Returns the one alert of `text` (a Falco alert, a Falcosidekick payload, or an array / JSON lines holding exactly
 * one alert), or throws an AlertInputError naming the file, the position and what is wrong.
 */
export function parseSingleAlert(text: string, file: string, options: ReadOptions = {}): FalcoAlert {
  const { alerts, problems } = readAlerts(text, file, options);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new AlertInputError(`${formatProblem(first)}${more}`, file, first);
  }
  const [only, ...rest] = alerts;
  if (!only) throw new AlertInputError(`${file}: no alert found (the input is empty)`, file);
  if (rest.length > 0) {
    const lines = alerts.slice(0, 5).map((a) => a.line).join(', ');
    throw new AlertInputError(
      `${file}: holds ${alerts.length} alerts (at lines ${lines}${alerts.length > 5 ? ', ...' : ''}); expected exactly one`,
      file,
    );
  }
  return only.alert;
}

/** Collects records in order, numbering them and sorting each into an alert or a problem. */
class RecordSink {
  private readonly alerts: LocatedAlert[] = [];
  private readonly problems: IngestProblem[] = [];
  private index = 0;
  constructor(private readonly file: string) {}

  add(value: JsonValue, line: number): void {
    const index = this.index++;
    const checked = validateAlert(value);
    if (checked.ok) {
      this.alerts.push({ alert: checked.alert, file: this.file, line, index });
      return;
    }
    this.problems.push({
      file: this.file,
      line,
      index,
      kind: 'alert',
      message: `not a Falco alert: ${formatIssues(checked.issues)}`,
      ...(checked.issues[0] ? { path: checked.issues[0].path } : {}),
    });
  }

  skip(problem: Omit<IngestProblem, 'index'>): void {
    this.problems.push({ ...problem, index: this.index++ });
  }

  result(): ReadResult {
    return { alerts: this.alerts, problems: this.problems };
  }
}

/** JSON lines: each non-blank line is parsed on its own, so one bad line costs only that line. */
function readLines(body: string, file: string, options: JsonParseOptions): ReadResult {
  const sink = new RecordSink(file);
  body.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 1;
    try {
      const value = parseJson(raw, options);
      if (Array.isArray(value)) value.forEach((item) => sink.add(item, line));
      else sink.add(value, line);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      sink.skip({ file, line, column: error.column, kind: 'json', message: `not JSON: ${error.reason}` });
    }
  });
  return sink.result();
}

/**
 * Decides whether text that failed to parse as a whole is JSON lines with bad lines in it (read line by line)
 * rather than one pretty-printed document with a syntax error (reported once). It is JSON lines when there are
 * several non-blank lines and at least one of them is a complete JSON object on its own; a document that starts
 * with '[' is always one array.
 */
function isLineOriented(body: string, options: JsonParseOptions): boolean {
  if (body.trimStart().startsWith('[')) return false;
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  return lines.some((l) => {
    const trimmed = l.trim();
    if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return false;
    try {
      parseJson(trimmed, options);
      return true;
    } catch {
      return false;
    }
  });
}

// Editors on Windows may save a UTF-8 BOM, which is not JSON whitespace.
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads alerts from a file, or from stdin when `path` is `-`. Throws AlertInputError when the input cannot be read. */
export async function readAlertsFromFile(path: string, options: ReadOptions & TextInputOptions = {}): Promise<ReadResult> {
  const { text, file } = await readTextInput(path, options);
  return readAlerts(text, file, options);
}

/** parseSingleAlert on a file, or on stdin when `path` is `-` (for `check --alert FILE`). */
export async function readSingleAlertFromFile(path: string, options: ReadOptions & TextInputOptions = {}): Promise<FalcoAlert> {
  const { text, file } = await readTextInput(path, options);
  return parseSingleAlert(text, file, options);
}
