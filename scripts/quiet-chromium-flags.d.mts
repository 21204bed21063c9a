export declare const QUIET_CHROMIUM_FLAGS: string[]
