export * from './procedural-authorities';
export * from './council';
export * from './assembly';
export * from './uniting-for-peace-opening';
export * from './veto-initiative';
