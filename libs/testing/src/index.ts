export * from './kafka';
export * from './wait';
export * from './process';
export * from './net';
export * from './mail-catcher';
export * from './platform/evaluation-driver';
export * from './platform/platform-under-test';
export * from './platform/live-recorder';
