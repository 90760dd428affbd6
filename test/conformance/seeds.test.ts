import { join } from 'node:path';
import { describeLabelledReports } from './labelled.js';

/**
 * The five seed reports in ../shared are real model output about real alerts; every line that matters is labelled,
 * so an error anywhere else is a false error.
 */
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describeLabelledReports({ label: 'seed', dir: SEEDS, reportsDir: join(SEEDS, 'reports'), strayIsError: true });
