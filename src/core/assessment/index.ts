/** The assessment rubric for instructors (docs/assessment.md): drawn from the record, edited by the facilitator. */
export * from './rubric';
export { rubricCsv } from './rubric-csv';
