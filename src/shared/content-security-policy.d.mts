export declare const RENDERER_POLICY_DIRECTIVES: readonly string[]
export declare const CONTENT_SECURITY_POLICY: string
export declare const META_CONTENT_SECURITY_POLICY: string
export declare const DOCUMENT_CONTENT_SECURITY_POLICY: string
