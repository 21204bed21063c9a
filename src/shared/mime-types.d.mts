export declare const MIME_TYPES: Readonly<Record<string, string>>
export declare const FALLBACK_MIME_TYPE: string
export declare function mimeTypeFor(file: string): string
