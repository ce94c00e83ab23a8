/** The report and export code, loaded only when a person uses an action. */
export { harFromLog } from '../core/report/har';
export { jsonExport } from '../core/report/json';
export { markdownReport } from '../core/report/markdown';
export { reportGroups } from './build-report';
