/**
 * Vocabulary of the built-in detectors and of the cues that lower a verdict. Not user-editable: these are
 * the engine's grammar (who is addressed, what is negated, which groups are protected), not the brand's words.
 * One file per family.
 */
export * from './aggression';
export * from './bodily-harm';
export * from './brand';
export * from './care';
export * from './distress';
export * from './group-predicates';
export * from './group-predicates-before';
export * from './groups';
export * from './language';
export * from './lowering';
export * from './minors';
export * from './other-senses';
export * from './self-harm-plans';
export * from './settled';
export * from './spam-cues';
export * from './stalking';
export * from './stated-harassment';
export * from './stated-threats';
export * from './targets';
export * from './threats';
export * from './viral';
