import { v5 as uuidv5 } from 'uuid'

/**
 * The workbench's UUIDv5 namespace for exported ids (STIX identifiers, JSON-LD ids of records whose
 * own id is not a UUID). Fixed forever: changing it changes every exported id. STIX 2.1 §2.9
 * recommends v4 for SDOs but allows other RFC 4122 versions with a namespace of one's own (only the
 * namespace it reserves for SCOs is forbidden); v5 makes the same records give the same bundle, so a
 * re-export updates objects in a receiving platform instead of duplicating them.
 */
export const WORKBENCH_UUID_NAMESPACE = '57db070b-394d-48cb-9b9e-3523ee5b3f7a'

/** A deterministic UUID for `key` in the workbench namespace. */
export function workbenchUuid(key: string): string {
  return uuidv5(key, WORKBENCH_UUID_NAMESPACE)
}
