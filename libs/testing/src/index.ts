export * from './postgres';
export * from './smtp-sink';
