export * from './authorities';
export * from './council';
export * from './assembly';
export * from './uniting-for-peace';
export * from './veto-initiative';
