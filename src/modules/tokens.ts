/** Injection token of the validated `AppConfig`. */
export const APP_CONFIG = Symbol('APP_CONFIG');
/** A `(line: string) => void` for adapters that log. */
export const LOG_LINE = Symbol('LOG_LINE');
