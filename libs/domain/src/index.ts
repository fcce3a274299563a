export * from './roles.js';
export * from './languages.js';
export * from './passwords.js';
export * from './early-warning.js';
export * from './directory.js';
export * from './campaigns.js';
export * from './documents.js';
export * from './mailings.js';
