import { join } from 'node:path';
import { describeLabelledReports } from './labelled.js';

/**
 * Reports written the way models write them, each mixing inventions real models make (invented Falco syntax,
 * options, sysctls, paths, config keys, near-miss alert values, unsafe advice) with correct material on the
 * lines labelled clean. The figures measure recall: inventions found out of those planted.
 */
describeLabelledReports({ label: 'invented', dir: join(import.meta.dirname, '..', '..', 'fixtures', 'invented'), strayIsError: false });
