import type { Check } from '../check.js';
import { invalidOptionValue } from './invalid-option-value.js';
import { inventedCommand } from './invented-command.js';
import { optionMissingValue } from './option-missing-value.js';
import { falcoOptionNotInRelease } from './falco-option-not-in-release.js';
import { unknownCommand } from './unknown-command.js';
import { unknownEventGeneratorAction } from './unknown-event-generator-action.js';
import { unknownOption } from './unknown-option.js';
import { unknownSubcommand } from './unknown-subcommand.js';
import { wrongArgumentCount } from './wrong-argument-count.js';
import { wrongFileForOption } from './wrong-file-for-option.js';

export const toolsChecks: Check[] = [
  unknownCommand,
  inventedCommand,
  unknownSubcommand,
  unknownOption,
  optionMissingValue,
  wrongArgumentCount,
  invalidOptionValue,
  falcoOptionNotInRelease,
  wrongFileForOption,
  unknownEventGeneratorAction,
];
