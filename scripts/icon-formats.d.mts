export declare function pngSize(png: Uint8Array): { width: number; height: number }
export declare function encodeIco(pngs: Uint8Array[]): Uint8Array
export declare function readIco(ico: Uint8Array): { size: number; data: Uint8Array }[]
export declare const ICNS_TYPES: ReadonlyArray<{ type: string; size: number }>
export declare function encodeIcns(pngs: Uint8Array[]): Uint8Array
export declare function readIcns(icns: Uint8Array): { type: string; data: Uint8Array }[]
