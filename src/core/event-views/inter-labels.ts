// The codebook owns the actor categories; views use the same labels under their own name.
export { ACTOR_CATEGORIES as INTER_LABELS, INTER_CODES } from '../events/acled-codebook'
